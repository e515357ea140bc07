package org.flipside.notification.web;

import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.identity.FlipsideUser;
import org.springframework.stereotype.Component;

/** The signed-in account's email address, which reminders go to and preferences are kept by; null if it has none. */
@Component
class AccountEmail {

    private final Accounts accounts;

    AccountEmail(Accounts accounts) {
        this.accounts = accounts;
    }

    String of(FlipsideUser user) {
        return accounts.findByUsername(user.getUsername()).map(AccountView::email)
                .filter(email -> !email.isBlank()).orElse(null);
    }
}
