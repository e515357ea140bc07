package org.flipside.identity.account;

import java.util.Optional;
import org.flipside.identity.FlipsideUser;
import org.springframework.stereotype.Component;

/** Loads the principal behind an API token: only an active account counts. */
@Component
public class ActivePrincipals {

    private final UserAccountRepository accounts;

    ActivePrincipals(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<FlipsideUser> byId(long userId) {
        return accounts.findById(userId).filter(UserAccount::active).map(AccountUserDetailsService::principal);
    }
}
