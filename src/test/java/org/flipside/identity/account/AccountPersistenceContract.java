package org.flipside.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flipside.identity.AccountView;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.StaleEditException;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts and their roles survive a round trip through the database, and concurrent edits are caught. */
abstract class AccountPersistenceContract {

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void savesAnAccountWithItsRolesAndReloadsIt() {
        String username = Unique.username("reload");
        AccountView opened = accounts.open(new NewAccount(username, "  Rosa Reload  ", "rosa@example.org",
                "America/New_York", Set.of(Role.PROGRAM_MANAGER, Role.SPONSOR), TestAccounts.PASSWORD));

        AccountView reloaded = accounts.findByUsername(username).orElseThrow();
        assertThat(reloaded).isEqualTo(accounts.get(opened.id()));
        assertThat(reloaded.id()).isEqualTo(opened.id());
        assertThat(reloaded.username()).isEqualTo(username);
        assertThat(reloaded.displayName()).isEqualTo("Rosa Reload");
        assertThat(reloaded.email()).isEqualTo("rosa@example.org");
        assertThat(reloaded.timeZone()).isEqualTo("America/New_York");
        assertThat(reloaded.roles()).containsExactlyInAnyOrder(Role.PROGRAM_MANAGER, Role.SPONSOR);
        assertThat(reloaded.active()).isTrue();
        assertThat(reloaded.createdAt()).isNotNull();
        assertThat(reloaded.version()).isEqualTo(opened.version());

        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", opened.id())
                .query(String.class).single();
        assertThat(hash).doesNotContain(TestAccounts.PASSWORD).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(TestAccounts.PASSWORD, hash)).isTrue();
    }

    @Test
    void changingRolesReplacesTheStoredSetAndBumpsTheVersion() {
        AccountView account = TestAccounts.open(accounts, "roles", Role.PROGRAM_MANAGER, Role.SPONSOR);

        AccountView changed = accounts.changeRoles(account.id(), Set.of(Role.EMPLOYEE), account.version(), "someone.else");

        assertThat(changed.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(changed.version()).isGreaterThan(account.version());
        assertThat(accounts.get(account.id()).roles()).containsExactly(Role.EMPLOYEE);
        assertThat(jdbc.sql("select role from user_role where user_id = :id").param("id", account.id())
                .query(String.class).list()).containsExactly("EMPLOYEE");
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        String username = Unique.username("Mixed.Case");
        AccountView first = accounts.open(new NewAccount(username.toUpperCase(), "First", null, "UTC",
                Set.of(Role.EMPLOYEE), TestAccounts.PASSWORD));
        assertThat(first.username()).isEqualTo(username.toLowerCase());
        assertThat(accounts.findByUsername(username.toUpperCase())).map(AccountView::id).contains(first.id());

        assertThatThrownBy(() -> accounts.open(new NewAccount(" " + username + " ", "Second", null, "UTC",
                Set.of(Role.EMPLOYEE), TestAccounts.PASSWORD)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("username", "account.username.taken")));

        // The database enforces it too, for writers that skip the service's check.
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, time_zone, active, created_at,
                                              updated_at, version)
                        values (:username, 'Copy', 'x', 'UTC', true, current_timestamp, current_timestamp, 0)
                        """).param("username", username.toLowerCase()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aRoleChangeBasedOnAnOutdatedVersionIsRefused() {
        AccountView account = TestAccounts.open(accounts, "stale", Role.EMPLOYEE);
        long seenByBoth = account.version();
        accounts.changeRoles(account.id(), Set.of(Role.SPONSOR), seenByBoth, "first.admin");

        assertThatThrownBy(() -> accounts.changeRoles(account.id(), Set.of(Role.PROGRAM_MANAGER), seenByBoth, "second.admin"))
                .isInstanceOf(StaleEditException.class);
        assertThat(accounts.get(account.id()).roles()).containsExactly(Role.SPONSOR);
    }

    @Test
    void ofConcurrentRoleChangesFromTheSameVersionExactlyOneWins() throws Exception {
        AccountView account = TestAccounts.open(accounts, "race", Role.EMPLOYEE);
        List<Set<Role>> proposals = List.of(EnumSet.of(Role.SPONSOR), EnumSet.of(Role.PROGRAM_MANAGER),
                EnumSet.of(Role.SPONSOR, Role.EMPLOYEE), EnumSet.of(Role.PROGRAM_MANAGER, Role.EMPLOYEE));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(proposals.size());
        List<Future<AccountView>> results = new ArrayList<>();
        try {
            for (Set<Role> roles : proposals) {
                results.add(pool.submit(() -> {
                    start.await();
                    return accounts.changeRoles(account.id(), roles, account.version(), "racing.admin");
                }));
            }
            start.countDown();
            List<AccountView> winners = new ArrayList<>();
            List<Throwable> losers = new ArrayList<>();
            for (Future<AccountView> result : results) {
                try {
                    winners.add(result.get(30, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    losers.add(e.getCause());
                }
            }
            assertThat(winners).hasSize(1);
            assertThat(losers).hasSize(proposals.size() - 1).allMatch(StaleEditException.class::isInstance,
                    "is a StaleEditException");
            AccountView stored = accounts.get(account.id());
            assertThat(stored.roles()).isEqualTo(winners.get(0).roles());
            assertThat(stored.version()).isEqualTo(winners.get(0).version());
        } finally {
            pool.shutdownNow();
        }
    }
}
