package org.flipside.identity;

import java.util.Set;

/** What it takes to open an account. The password is checked against the password rules. */
public record NewAccount(String username, String displayName, String email, String timeZone, Set<Role> roles,
                         String password) {

    public NewAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
