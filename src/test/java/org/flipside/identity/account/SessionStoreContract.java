package org.flipside.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.flipside.identity.AccountView;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.Role;
import org.flipside.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Sessions are shared by every application instance through the database: a session holding a signed-in user
 * is stored, found again by the user's name (which is how an administrator ends someone's sessions) and read back.
 */
abstract class SessionStoreContract {

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;
    @Autowired
    SessionTerminator terminator;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storesASignedInSessionAndFindsItByPrincipalName() {
        AccountView account = TestAccounts.open(accounts, "session", Role.SPONSOR, Role.EMPLOYEE);
        String id = saveSignedInSession(account);

        assertThat(sessions.findByPrincipalName(account.username())).containsOnlyKeys(id);
        assertThat(jdbc.sql("select count(*) from spring_session_attributes where session_primary_id = "
                        + "(select primary_id from spring_session where session_id = :id)")
                .param("id", id).query(Long.class).single()).isEqualTo(2);

        Session loaded = sessions.findById(id);
        assertThat(loaded).isNotNull();
        assertThat(loaded.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(17));
        assertThat((String) loaded.getAttribute("flipside.test")).isEqualTo("kept");
        SecurityContext context = loaded.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getPrincipal()).isInstanceOfSatisfying(FlipsideUser.class, user -> {
            assertThat(user.id()).isEqualTo(account.id());
            assertThat(user.getUsername()).isEqualTo(account.username());
            assertThat(user.displayName()).isEqualTo(account.displayName());
            assertThat(user.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
            assertThat(user.roles()).containsExactlyInAnyOrder(Role.SPONSOR, Role.EMPLOYEE);
        });
        assertThat(context.getAuthentication().getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_SPONSOR", "ROLE_EMPLOYEE");
    }

    @Test
    void endingAllSessionsOfAnAccountRemovesOnlyThose() {
        AccountView leaving = TestAccounts.open(accounts, "leaving", Role.EMPLOYEE);
        AccountView staying = TestAccounts.open(accounts, "staying", Role.EMPLOYEE);
        String first = saveSignedInSession(leaving);
        String second = saveSignedInSession(leaving);
        String other = saveSignedInSession(staying);

        assertThat(terminator.endAllSessionsOf(leaving.username())).isEqualTo(2);

        assertThat(sessions.findById(first)).isNull();
        assertThat(sessions.findById(second)).isNull();
        assertThat(sessions.findById(other)).isNotNull();
        assertThat(sessions.findByPrincipalName(leaving.username())).isEmpty();
    }

    @Test
    void deactivatingAnAccountEndsItsSessions() {
        AccountView account = TestAccounts.open(accounts, "deactivated", Role.EMPLOYEE);
        String id = saveSignedInSession(account);

        accounts.deactivate(account.id(), account.version(), "some.admin");

        assertThat(sessions.findById(id)).isNull();
    }

    private String saveSignedInSession(AccountView account) {
        return saveSignedInSession(sessions, account);
    }

    private static <S extends Session> String saveSignedInSession(FindByIndexNameSessionRepository<S> sessions,
                                                                  AccountView account) {
        FlipsideUser user = new FlipsideUser(account.id(), account.username(), account.displayName(),
                ZoneId.of(account.timeZone()), account.roles(), true, null);
        S session = sessions.createSession();
        session.setMaxInactiveInterval(Duration.ofMinutes(17));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        session.setAttribute("flipside.test", "kept");
        sessions.save(session);
        return session.getId();
    }
}
