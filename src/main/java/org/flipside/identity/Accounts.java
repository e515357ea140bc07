package org.flipside.identity;

import java.util.Optional;

/** What other modules may ask of identity: open an account and look one up. */
public interface Accounts {

    AccountView open(NewAccount account);

    Optional<AccountView> findByUsername(String username);

    /** Whether an active account signs in with this work email (compared ignoring case). */
    boolean activeAccountWithEmail(String email);

    boolean anyAdministratorExists();

    long count();
}
