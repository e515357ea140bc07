package org.flipside.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser, reduced to what security tests need: a cookie jar they can inspect and replay, the CSRF
 * token of the last page seen, no automatic redirects, and a fixed client address sent as {@code X-Forwarded-For}
 * (the application trusts forwarding headers, as it does behind its reverse proxy).
 */
public final class HttpUser {

    public static final String SESSION_COOKIE = "FLIPSIDE_SESSION";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String clientAddress;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    HttpUser(String baseUrl, String clientAddress) {
        this.baseUrl = baseUrl;
        this.clientAddress = clientAddress;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** Posts a form with the CSRF token of the last page seen. */
    public Response post(String path, Map<String, String> form, String... headers) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        if (csrfToken != null) {
            withToken.putIfAbsent("_csrf", csrfToken);
        }
        return postWithoutToken(path, withToken, headers);
    }

    public Response postWithoutToken(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the sign-in page (for its CSRF token) and submits the form. */
    public Response signIn(String username, String password) {
        Response page = get("/login");
        if (page.status() != 200) {
            throw new AssertionError("GET /login answered " + page.status());
        }
        return post("/login", Map.of("username", username, "password", password));
    }

    /** Signs in and checks it worked. */
    public HttpUser signedInAs(String username, String password) {
        Response response = signIn(username, password);
        if (response.status() != 302 || response.location().contains("/login")) {
            throw new AssertionError("Sign-in of " + username + " failed: " + response.status() + " " + response.location());
        }
        return this;
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public String csrfToken() {
        return csrfToken;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", clientAddress);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            List<String> setCookies = response.headers().allValues("Set-Cookie");
            for (String setCookie : setCookies) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                boolean deleted = value.isEmpty() || setCookie.toLowerCase().contains("max-age=0");
                if (deleted) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            String body = response.body();
            Matcher meta = CSRF_META.matcher(body);
            Matcher field = CSRF_FIELD.matcher(body);
            if (meta.find()) {
                csrfToken = meta.group(1);
            } else if (field.find()) {
                csrfToken = field.group(1);
            }
            return new Response(response.statusCode(), response.headers().map(), body, new ArrayList<>(setCookies));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its headers (names in lower case, as HTTP/2-style clients report them). */
    public record Response(int status, Map<String, List<String>> headers, String body, List<String> setCookies) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        public String location() {
            return header("Location").orElse("");
        }

        public Optional<String> setCookie(String name) {
            return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst();
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }
}
