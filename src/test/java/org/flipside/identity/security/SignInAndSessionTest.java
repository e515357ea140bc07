package org.flipside.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.flipside.audit.AuditEntry;
import org.flipside.audit.AuditSearch;
import org.flipside.audit.Outcome;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.testing.HttpUser;
import org.flipside.testing.HttpUser.Response;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/** Form sign-in, sign-out, CSRF and both session timeouts, over real HTTP with real cookies. */
class SignInAndSessionTest extends WebTestBase {

    @Autowired
    SecurityProperties securityProperties;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void signingInRedirectsHomeAndGivesANewSessionId() {
        AccountView account = newAccount("signin", Role.EMPLOYEE);
        HttpUser user = newHttpUser();
        assertThat(user.get("/login").status()).isEqualTo(200);
        String before = user.cookie(HttpUser.SESSION_COOKIE).orElseThrow();

        Response signIn = user.post("/login", Map.of("username", account.username(), "password", TestAccounts.PASSWORD));

        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).isEqualTo(baseUrl() + "/");
        String after = user.cookie(HttpUser.SESSION_COOKIE).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        Response home = user.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains(account.displayName());

        // The pre-sign-in session id is worthless now: fixation is impossible.
        HttpUser attacker = newHttpUser();
        attacker.setCookie(HttpUser.SESSION_COOKIE, before);
        assertThat(attacker.get("/").location()).endsWith("/login");
    }

    @Test
    void usernameIsCaseInsensitiveAtSignIn() {
        AccountView account = newAccount("Case.Signin", Role.EMPLOYEE);
        newHttpUser().signedInAs(account.username().toUpperCase(), TestAccounts.PASSWORD);
    }

    @Test
    void aWrongPasswordReturnsToTheSignInPageWithAnErrorAndIsAudited() {
        AccountView account = newAccount("wrong", Role.EMPLOYEE);
        HttpUser user = newHttpUser();

        Response response = user.signIn(account.username(), "not-the-password-at-all");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.location()).endsWith("/login?error");
        assertThat(user.get("/login?error").body()).contains("The username or password is not correct");
        assertThat(user.get("/").location()).endsWith("/login");
        AuditEntry entry = auditTrail.search(new AuditSearch(account.username(), "SIGN_IN", null, null, null, null), 0, 5)
                .items().get(0);
        assertThat(entry.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(entry.remoteAddress()).isEqualTo(user.clientAddress());
        assertThat(entry.details()).isEqualTo("BadCredentialsException");
    }

    @Test
    void aSuccessfulSignInIsAudited() {
        AccountView account = newAccount("audited", Role.SPONSOR);
        HttpUser user = newHttpUser().signedInAs(account.username(), TestAccounts.PASSWORD);

        var entries = auditTrail.search(new AuditSearch(account.username(), "SIGN_IN", Outcome.SUCCESS, null, null, null), 0, 5);
        assertThat(entries.items()).singleElement().satisfies(entry -> {
            assertThat(entry.remoteAddress()).isEqualTo(user.clientAddress());
            assertThat(entry.targetId()).isEqualTo(account.username());
        });
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        AccountView account = newAccount("inactive", Role.EMPLOYEE);
        accounts.deactivate(account.id(), account.version(), "some.admin");

        Response response = newHttpUser().signIn(account.username(), TestAccounts.PASSWORD);

        assertThat(response.location()).endsWith("/login?error");
        assertThat(auditCount(account.username(), "SIGN_IN", null)).isEqualTo(1);
    }

    @Test
    void signingOutEndsTheSessionForGood() {
        AccountView account = newAccount("signout", Role.EMPLOYEE);
        HttpUser user = newHttpUser().signedInAs(account.username(), TestAccounts.PASSWORD);
        assertThat(user.get("/").status()).isEqualTo(200);
        String cookie = user.cookie(HttpUser.SESSION_COOKIE).orElseThrow();

        Response signOut = user.post("/logout", Map.of());

        assertThat(signOut.status()).isEqualTo(302);
        assertThat(signOut.location()).endsWith("/login?signedOut");
        assertThat(signOut.setCookie(HttpUser.SESSION_COOKIE)).as("cookie deleted")
                .hasValueSatisfying(c -> assertThat(c).startsWith(HttpUser.SESSION_COOKIE + "=;"));
        HttpUser replay = newHttpUser();
        replay.setCookie(HttpUser.SESSION_COOKIE, cookie);
        assertThat(replay.get("/").location()).endsWith("/login");
        assertThat(sessions.findByPrincipalName(account.username())).isEmpty();
    }

    @Test
    void getNeverSignsOut() {
        AccountView account = newAccount("getlogout", Role.EMPLOYEE);
        HttpUser user = newHttpUser().signedInAs(account.username(), TestAccounts.PASSWORD);

        Response getLogout = user.get("/logout");

        assertThat(getLogout.location()).doesNotContain("signedOut");
        assertThat(user.get("/").status()).isEqualTo(200);
    }

    @Test
    void getNeverRevokesAToken() {
        AccountView account = newAccount("getrevoke", Role.EMPLOYEE);
        var issued = tokens.issue(account.id(), account.username(), "kept", null);
        HttpUser user = newHttpUser().signedInAs(account.username(), TestAccounts.PASSWORD);

        assertThat(user.get("/account/tokens/" + issued.token().id() + "/revoke").status()).isNotIn(200, 302);

        assertThat(tokens.authenticate(issued.secret())).isPresent();
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedAuditedAndChangesNothing() {
        AccountView account = newAccount("csrf", Role.EMPLOYEE);
        HttpUser user = newHttpUser().signedInAs(account.username(), TestAccounts.PASSWORD);
        assertThat(user.get("/").status()).isEqualTo(200);

        Response logout = user.postWithoutToken("/logout", Map.of());
        Response forged = user.postWithoutToken("/account/profile",
                Map.of("displayName", "Forged", "timeZone", "UTC", "_csrf", "not-the-token"));

        assertThat(logout.status()).isEqualTo(403);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(logout.body()).doesNotContain("Exception");
        assertThat(auditCount(account.username(), "CSRF_REJECTED", "POST /logout")).isEqualTo(1);
        assertThat(auditCount(account.username(), "CSRF_REJECTED", "POST /account/profile")).isEqualTo(1);
        assertThat(user.get("/").status()).as("still signed in").isEqualTo(200);
        assertThat(accounts.get(account.id()).displayName()).isEqualTo(account.displayName());
    }

    @Test
    void anAnonymousSignInWithoutCsrfTokenIsRefused() {
        AccountView account = newAccount("csrflogin", Role.EMPLOYEE);
        HttpUser user = newHttpUser();
        user.get("/login");

        Response response = user.postWithoutToken("/login",
                Map.of("username", account.username(), "password", TestAccounts.PASSWORD));

        assertThat(response.status()).isEqualTo(403);
        assertThat(auditTrail.search(new AuditSearch("anonymous", "CSRF_REJECTED", Outcome.DENIED, "POST /login", null, null), 0, 50)
                .items()).anySatisfy(entry -> assertThat(entry.remoteAddress()).isEqualTo(user.clientAddress()));
        assertThat(user.get("/").location()).endsWith("/login");
    }

    @Test
    void theIdleTimeoutIsTheConfiguredSessionTimeout() {
        AccountView account = newAccount("idle", Role.EMPLOYEE);
        newHttpUser().signedInAs(account.username(), TestAccounts.PASSWORD);

        assertThat(sessions.findByPrincipalName(account.username()).values()).singleElement()
                .satisfies(session -> assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(25)));
    }

    @Test
    void aSessionEndsAtTheAbsoluteTimeoutHoweverActive() {
        AccountView account = newAccount("absolute", Role.EMPLOYEE);
        HttpUser user = newHttpUser().signedInAs(account.username(), TestAccounts.PASSWORD);
        Duration limit = securityProperties.absoluteSessionTimeout();

        clock.advance(limit.minusMinutes(1));
        assertThat(user.get("/").status()).as("just before the limit").isEqualTo(200);

        clock.advance(Duration.ofMinutes(2));
        Response expired = user.get("/");
        assertThat(expired.status()).isEqualTo(302);
        assertThat(expired.location()).endsWith("/login?expired");
        assertThat(user.get("/login?expired").body()).contains("Your session ended");
        assertThat(user.get("/").location()).endsWith("/login");
        assertThat(sessions.findByPrincipalName(account.username())).isEmpty();
    }
}
