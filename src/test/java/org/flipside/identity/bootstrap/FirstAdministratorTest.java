package org.flipside.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class FirstAdministratorTest {

    private final RecordingAccounts accounts = new RecordingAccounts();

    @Test
    void createsTheAdministratorWhenNoneExists() {
        run(new FirstAdministratorProperties("Jane.Admin", "a long passphrase of hers", null, null));

        assertThat(accounts.opened).singleElement().satisfies(account -> {
            assertThat(account.username()).isEqualTo("Jane.Admin");
            assertThat(account.roles()).containsExactly(Role.ADMIN);
            assertThat(account.timeZone()).isEqualTo("Europe/Paris");
            assertThat(account.displayName()).isEqualTo("Administrator");
        });
    }

    @Test
    void doesNothingWhenAnAdministratorExists() {
        accounts.adminExists = true;

        run(new FirstAdministratorProperties("jane", "a long passphrase of hers", null, null));

        assertThat(accounts.opened).isEmpty();
    }

    @Test
    void doesNothingWhenNotConfigured() {
        run(new FirstAdministratorProperties(null, " ", null, null));

        assertThat(accounts.opened).isEmpty();
    }

    @Test
    void refusesToStartWithOnlyHalfTheSettings() {
        assertThatThrownBy(() -> run(new FirstAdministratorProperties("jane", null, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FLIPSIDE_ADMIN_PASSWORD");
    }

    @Test
    void refusesToStartWhenThePasswordBreaksTheRules() {
        accounts.refusal = new InvalidInputException(FieldProblem.of("password", "password.tooShort", "Use at least 12 characters."));

        assertThatThrownBy(() -> run(new FirstAdministratorProperties("jane", "short", null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Use at least 12 characters");
    }

    private void run(FirstAdministratorProperties properties) {
        new FirstAdministrator(properties, accounts, "Europe/Paris").run(new DefaultApplicationArguments());
    }

    private static final class RecordingAccounts implements Accounts {
        final List<NewAccount> opened = new ArrayList<>();
        boolean adminExists;
        InvalidInputException refusal;

        @Override
        public AccountView open(NewAccount account) {
            if (refusal != null) {
                throw refusal;
            }
            opened.add(account);
            return null;
        }

        @Override
        public Optional<AccountView> findByUsername(String username) {
            return Optional.empty();
        }

        @Override
        public boolean activeAccountWithEmail(String email) {
            return false;
        }

        @Override
        public boolean anyAdministratorExists() {
            return adminExists;
        }

        @Override
        public long count() {
            return opened.size();
        }
    }
}
