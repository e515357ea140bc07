package org.flipside.testing;

import java.util.Set;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;

/** Opens accounts through the real service, so tests see exactly what an administrator would create. */
public final class TestAccounts {

    /** Satisfies the password rules and contains no test username. */
    public static final String PASSWORD = "Tall-Orange-Kettle-42";

    private TestAccounts() {
    }

    public static AccountView open(Accounts accounts, String prefix, Role... roles) {
        String username = Unique.username(prefix);
        return accounts.open(new NewAccount(username, displayName(username), username + "@example.org", "Europe/Paris",
                Set.of(roles), PASSWORD));
    }

    public static String displayName(String username) {
        return "Test " + username.replace('.', ' ');
    }
}
