package org.flipside.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.testing.HttpUser;
import org.flipside.testing.HttpUser.Response;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;

/** Protective headers on pages, API responses and static files; session cookie attributes. */
class SecurityHeadersTest extends WebTestBase {

    @Test
    void aSignedInPageHasEveryProtectiveHeaderAndIsNotCached() {
        AccountView account = newAccount("headers", Role.EMPLOYEE);
        HttpUser user = newHttpUser().signedInAs(account.username(), TestAccounts.PASSWORD);

        Response home = user.get("/");

        assertThat(home.status()).isEqualTo(200);
        assertStrictPolicy(home);
        assertCommonHeaders(home);
        assertThat(home.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void theSignInPageHasTheSameHeaders() {
        Response login = newHttpUser().get("/login");
        assertStrictPolicy(login);
        assertCommonHeaders(login);
    }

    @Test
    void apiResponsesHaveTheSameHeaders() {
        AccountView account = newAccount("apiheaders", Role.EMPLOYEE);
        String secret = tokens.issue(account.id(), account.username(), "headers", null).secret();

        Response ok = newHttpUser().get("/api/v1/me", "Authorization", "Bearer " + secret);
        Response refused = newHttpUser().get("/api/v1/me");

        assertThat(ok.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        for (Response response : new Response[]{ok, refused}) {
            assertStrictPolicy(response);
            assertCommonHeaders(response);
            assertThat(response.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        }
    }

    @Test
    void staticFilesHaveTheSameHeaders() {
        Response css = newHttpUser().get("/css/flipside.css");
        Response script = newHttpUser().get("/js/flipside.js");

        assertThat(css.status()).isEqualTo(200);
        assertThat(script.status()).isEqualTo(200);
        assertStrictPolicy(css);
        assertCommonHeaders(css);
        assertCommonHeaders(script);
        // The same for everyone, so browsers may keep them; only pages and API answers must not be stored.
        assertThat(css.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("max-age=3600")
                .doesNotContain("no-store"));
    }

    @Test
    void onlyTheApiExplorerMayUseInlineStylesAndNeverInlineScripts() {
        Response explorer = newHttpUser().get("/swagger-ui/index.html");

        assertThat(explorer.status()).isEqualTo(200);
        Map<String, String> policy = policy(explorer);
        assertThat(policy.get("style-src")).contains("'unsafe-inline'");
        assertThat(policy.get("script-src")).isEqualTo("'self'");
        assertThat(policy.entrySet()).filteredOn(e -> !e.getKey().equals("style-src"))
                .allSatisfy(e -> assertThat(e.getValue()).doesNotContain("unsafe"));
        assertCommonHeaders(explorer);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
        Response login = newHttpUser().get("/login");

        String cookie = login.setCookie(HttpUser.SESSION_COOKIE).orElseThrow();
        assertThat(attributes(cookie)).contains("httponly", "samesite=lax").doesNotContain("secure");
    }

    @Test
    void theSessionCookieIsSecureWhenTheRequestCameOverHttps() {
        Response login = newHttpUser().get("/login", "X-Forwarded-Proto", "https");

        String cookie = login.setCookie(HttpUser.SESSION_COOKIE).orElseThrow();
        assertThat(attributes(cookie)).contains("httponly", "samesite=lax", "secure");
    }

    @Test
    void theSessionCookieStaysSecureAcrossSignInOverHttps() {
        AccountView account = newAccount("https", Role.EMPLOYEE);
        HttpUser user = newHttpUser();
        user.get("/login", "X-Forwarded-Proto", "https");

        Response signIn = user.post("/login", Map.of("username", account.username(), "password", TestAccounts.PASSWORD),
                "X-Forwarded-Proto", "https");

        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).startsWith("https://");
        assertThat(attributes(signIn.setCookie(HttpUser.SESSION_COOKIE).orElseThrow())).contains("httponly", "secure");
    }

    private static void assertStrictPolicy(Response response) {
        Map<String, String> policy = policy(response);
        assertThat(policy.get("script-src")).isEqualTo("'self'");
        assertThat(policy.get("frame-ancestors")).isEqualTo("'none'");
        assertThat(policy.get("object-src")).isEqualTo("'none'");
        assertThat(response.header("Content-Security-Policy").orElseThrow()).doesNotContain("unsafe");
    }

    private static void assertCommonHeaders(Response response) {
        assertThat(response.header("Content-Security-Policy")).isPresent();
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.header("X-Frame-Options")).contains("DENY");
        assertThat(response.header("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    }

    private static Map<String, String> policy(Response response) {
        String header = response.header("Content-Security-Policy").orElseThrow(
                () -> new AssertionError("no Content-Security-Policy in " + response));
        return Arrays.stream(header.split(";")).map(String::strip).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split("\\s+", 2)[0], d -> d.contains(" ") ? d.split("\\s+", 2)[1] : "",
                        (a, b) -> {
                            throw new AssertionError("directive given twice: " + header);
                        }));
    }

    private static java.util.List<String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(String::strip).map(a -> a.toLowerCase(java.util.Locale.ROOT))
                .map(Function.identity()).toList();
    }
}
