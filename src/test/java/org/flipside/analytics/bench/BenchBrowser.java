package org.flipside.analytics.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One signed-in client of the benchmark: its own connection pool and session cookie, redirects not followed. */
final class BenchBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"");
    private static final String SESSION_COOKIE = "FLIPSIDE_SESSION";

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private String session;
    private String token;

    BenchBrowser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    BenchBrowser signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET());
        Matcher token = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("GET /login answered " + page.statusCode());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return this;
    }

    /** The personal API token the API is called with (the API takes no session). */
    BenchBrowser withToken(String secret) {
        this.token = secret;
        return this;
    }

    /** Requests a page (an API path with the token) and reads the whole body; the status code. */
    int get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET();
        if (path.startsWith("/api/") && token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request).statusCode();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (session != null) {
            request.header("Cookie", SESSION_COOKIE + "=" + session);
        }
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            if (cookie.startsWith(SESSION_COOKIE + "=")) {
                session = cookie.substring(SESSION_COOKIE.length() + 1).split(";", 2)[0];
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
