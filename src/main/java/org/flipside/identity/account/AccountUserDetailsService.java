package org.flipside.identity.account;

import java.time.ZoneId;
import org.flipside.identity.FlipsideUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(AccountRules.normaliseUsername(username))
                .map(AccountUserDetailsService::principal)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    static FlipsideUser principal(UserAccount account) {
        return new FlipsideUser(account.id(), account.username(), account.displayName(), ZoneId.of(account.timeZone()),
                account.roleSet(), account.active(), account.passwordHash());
    }
}
