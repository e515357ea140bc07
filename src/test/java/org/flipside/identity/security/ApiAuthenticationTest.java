package org.flipside.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.identity.token.IssuedToken;
import org.flipside.testing.HttpUser;
import org.flipside.testing.HttpUser.Response;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;

/** The API accepts only a usable personal token; everything else is a clean 401 problem document. */
class ApiAuthenticationTest extends WebTestBase {

    @Test
    void withoutATokenTheApiAnswers401ProblemWithTheBearerChallenge() {
        Response response = newHttpUser().get("/api/v1/me");

        assertUnauthenticated(response);
    }

    @Test
    void aValidTokenReachesTheApi() {
        AccountView account = newAccount("valid", Role.SPONSOR);
        IssuedToken issued = tokens.issue(account.id(), account.username(), "valid", null);

        Response response = newHttpUser().get("/api/v1/me", "Authorization", "Bearer " + issued.secret());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"username\":\"" + account.username() + "\"").contains("SPONSOR")
                .doesNotContain("password");
        assertThat(response.setCookie(HttpUser.SESSION_COOKIE)).as("the API is stateless").isEmpty();
    }

    @Test
    void anUnknownOrMalformedTokenIsRefused() {
        AccountView account = newAccount("unknown", Role.EMPLOYEE);
        String secret = tokens.issue(account.id(), account.username(), "real", null).secret();

        assertUnauthenticated(newHttpUser().get("/api/v1/me", "Authorization", "Bearer " + secret + "x"));
        assertUnauthenticated(newHttpUser().get("/api/v1/me", "Authorization", "Bearer fs_made-up"));
        assertUnauthenticated(newHttpUser().get("/api/v1/me", "Authorization", "Bearer "));
        assertUnauthenticated(newHttpUser().get("/api/v1/me", "Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString((account.username() + ":" + TestAccounts.PASSWORD).getBytes())));
    }

    @Test
    void aRevokedTokenIsRefused() {
        AccountView account = newAccount("revoked", Role.EMPLOYEE);
        IssuedToken issued = tokens.issue(account.id(), account.username(), "revoked", null);
        tokens.revoke(account.id(), issued.token().id());

        assertUnauthenticated(newHttpUser().get("/api/v1/me", "Authorization", "Bearer " + issued.secret()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        AccountView account = newAccount("expired", Role.EMPLOYEE);
        IssuedToken issued = tokens.issue(account.id(), account.username(), "expiring", 1);
        assertThat(newHttpUser().get("/api/v1/me", "Authorization", "Bearer " + issued.secret()).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        assertUnauthenticated(newHttpUser().get("/api/v1/me", "Authorization", "Bearer " + issued.secret()));
    }

    @Test
    void theTokenOfADeactivatedAccountIsRefused() {
        AccountView account = newAccount("deactivated", Role.EMPLOYEE);
        IssuedToken issued = tokens.issue(account.id(), account.username(), "orphan", null);
        accounts.deactivate(account.id(), account.version(), "some.admin");

        assertUnauthenticated(newHttpUser().get("/api/v1/me", "Authorization", "Bearer " + issued.secret()));
    }

    @Test
    void aBrowserSessionDoesNotAuthenticateTheApi() {
        AccountView account = newAccount("cookie", Role.ADMIN);
        HttpUser browser = newHttpUser().signedInAs(account.username(), TestAccounts.PASSWORD);
        assertThat(browser.get("/").status()).isEqualTo(200);

        assertUnauthenticated(browser.get("/api/v1/me"));
    }

    @Test
    void aTokenWithoutTheRoleGets403ProblemAndTheDenialIsAudited() {
        AccountView account = newAccount("norole", Role.EMPLOYEE);
        String secret = tokens.issue(account.id(), account.username(), "norole", null).secret();

        Response response = newHttpUser().get("/api/v1/users", "Authorization", "Bearer " + secret);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":403").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(auditCount(account.username(), "ACCESS_DENIED", "GET /api/v1/users")).isEqualTo(1);
    }

    private static void assertUnauthenticated(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("org.springframework");
    }
}
