package org.flipside.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flipside.identity.AccountView;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.flipside.testing.OnH2;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

@OnH2
class AccountServiceTest {

    private static final String PASSWORD = "plenty of characters here";

    @Autowired
    AccountService accounts;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    JdbcClient jdbc;

    @Test
    void opensAnAccountWithAHashedPasswordAndLowerCaseName() {
        AccountView view = accounts.open(account("Mixed.Case." + suffix(), Role.SPONSOR));

        UserAccount stored = repository.findById(view.id()).orElseThrow();
        assertThat(stored.username()).isEqualTo(stored.username().toLowerCase());
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(encoder.matches(PASSWORD, stored.passwordHash())).isTrue();
        assertThat(view.roles()).containsExactly(Role.SPONSOR);
        assertThat(auditCount("USER_CREATED", view.username())).isEqualTo(1);
    }

    @Test
    void refusesADuplicateUsernameWhateverItsCase() {
        String name = "dup" + suffix();
        accounts.open(account(name, Role.EMPLOYEE));

        assertThatThrownBy(() -> accounts.open(account(name.toUpperCase(), Role.EMPLOYEE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.code()).isEqualTo("account.username.taken")));
    }

    @Test
    void twoPeopleCreatingTheSameUsernameAtOnceGetOneAccountAndOneClearRefusal() throws Exception {
        String name = "race" + suffix();
        int contenders = 6;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(contenders);
        try {
            java.util.List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        accounts.open(account(name, Role.EMPLOYEE));
                        return "created";
                    } catch (InvalidInputException e) {
                        return e.problems().get(0).code();
                    }
                }));
            }
            start.countDown();
            java.util.List<String> results = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsOnlyOnce("created");
            assertThat(results).filteredOn(r -> !r.equals("created")).containsOnly("account.username.taken");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reportsEveryProblemOfABadAccountAtOnce() {
        NewAccount bad = new NewAccount("x", " ", "not-an-email", "Mars/Olympus", Set.of(), "short");

        assertThatThrownBy(() -> accounts.open(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field())
                        .contains("username", "displayName", "email", "timeZone", "roles", "password"));
    }

    @Test
    void changingRolesEndsTheAccountsSessions() {
        AccountView admin = accounts.open(account("adm" + suffix(), Role.ADMIN));
        AccountView target = accounts.open(account("tgt" + suffix(), Role.PROGRAM_MANAGER));
        Session session = sessionOf(target.username());

        AccountView changed = accounts.changeRoles(target.id(), Set.of(Role.EMPLOYEE), target.version(), admin.username());

        assertThat(changed.roles()).containsExactly(Role.EMPLOYEE);
        assertThat(sessions.findById(session.getId())).isNull();
        assertThat(auditCount("USER_ROLES_CHANGED", target.username())).isEqualTo(1);
    }

    @Test
    void deactivationEndsSessionsAndKeepsTheAccount() {
        AccountView admin = accounts.open(account("adm" + suffix(), Role.ADMIN));
        AccountView target = accounts.open(account("leaver" + suffix(), Role.EMPLOYEE));
        Session first = sessionOf(target.username());
        Session second = sessionOf(target.username());

        AccountView deactivated = accounts.deactivate(target.id(), target.version(), admin.username());

        assertThat(deactivated.active()).isFalse();
        assertThat(sessions.findById(first.getId())).isNull();
        assertThat(sessions.findById(second.getId())).isNull();
        assertThat(accounts.get(target.id()).username()).isEqualTo(target.username());
    }

    @Test
    void anAdministratorCannotDeactivateThemselvesOrDropTheirOwnAdminRole() {
        AccountView admin = accounts.open(account("self" + suffix(), Role.ADMIN));
        accounts.open(account("other" + suffix(), Role.ADMIN));

        assertThatThrownBy(() -> accounts.deactivate(admin.id(), admin.version(), admin.username()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("account.deactivateSelf"));
        assertThatThrownBy(() -> accounts.changeRoles(admin.id(), Set.of(Role.EMPLOYEE), admin.version(), admin.username()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("account.ownAdminRole"));
    }

    @Test
    void theLastActiveAdministratorKeepsTheRole() {
        AccountView keeper = accounts.open(account("keeper" + suffix(), Role.ADMIN));
        AccountView last = accounts.open(account("last" + suffix(), Role.ADMIN));
        // The database is shared with other tests: set the other administrators aside, and restore exactly them.
        List<Long> others = jdbc.sql("""
                        select u.id from app_user u join user_role r on r.user_id = u.id
                        where r.role = 'ADMIN' and u.active = true and u.id <> :id""")
                .param("id", last.id()).query(Long.class).list();
        setActive(others, false);
        try {
            AccountView reloaded = accounts.get(last.id());
            assertThatThrownBy(() -> accounts.changeRoles(last.id(), Set.of(Role.EMPLOYEE), reloaded.version(), keeper.username()))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("account.lastAdministrator"));
            assertThat(accounts.get(last.id()).roles()).containsExactly(Role.ADMIN);
        } finally {
            setActive(others, true);
        }
    }

    @Test
    void aSecondEditFromAnOldVersionIsRefused() {
        AccountView admin = accounts.open(account("adm" + suffix(), Role.ADMIN));
        AccountView target = accounts.open(account("both" + suffix(), Role.EMPLOYEE));
        accounts.changeRoles(target.id(), Set.of(Role.SPONSOR), target.version(), admin.username());

        assertThatThrownBy(() -> accounts.changeRoles(target.id(), Set.of(Role.PROGRAM_MANAGER), target.version(), admin.username()))
                .isInstanceOf(StaleEditException.class);
        assertThat(accounts.get(target.id()).roles()).containsExactly(Role.SPONSOR);
    }

    @Test
    void changingYourOwnPasswordNeedsTheCurrentOne() {
        AccountView me = accounts.open(account("pw" + suffix(), Role.EMPLOYEE));

        assertThatThrownBy(() -> accounts.changeOwnPassword(me.id(), "wrong guess entirely", "a brand new passphrase"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("currentPassword")));

        accounts.changeOwnPassword(me.id(), PASSWORD, "a brand new passphrase");
        assertThat(encoder.matches("a brand new passphrase", repository.findById(me.id()).orElseThrow().passwordHash())).isTrue();
    }

    private void setActive(List<Long> ids, boolean active) {
        if (!ids.isEmpty()) {
            jdbc.sql("update app_user set active = :active where id in (:ids)").param("active", active).param("ids", ids).update();
        }
    }

    private Session sessionOf(String username) {
        Session session = newSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
        saveSession(session);
        assertThat(sessions.findByPrincipalName(username)).containsKey(session.getId());
        return session;
    }

    @SuppressWarnings("rawtypes")
    private Session newSession() {
        return ((org.springframework.session.SessionRepository) sessions).createSession();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void saveSession(Session session) {
        ((org.springframework.session.SessionRepository) sessions).save(session);
    }

    private long auditCount(String action, String target) {
        return jdbc.sql("select count(*) from audit_entry where action = :action and target_id = :target")
                .param("action", action).param("target", target).query(Long.class).single();
    }

    private static NewAccount account(String username, Role role) {
        return new NewAccount(username, "Person " + username, username + "@example.org", "Europe/Berlin", Set.of(role), PASSWORD);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
