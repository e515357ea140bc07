package org.flipside.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.flipside.identity.Role;
import org.flipside.testing.HttpUser;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;

/** Over real HTTP, because only a real server enforces the multipart limits. */
class OversizedUploadTest extends WebTestBase {

    @Test
    void aFileOverTheLimitIsAnsweredWithTheLimitNotACsrfRefusal() throws Exception {
        String username = newAccount("importer", Role.PROGRAM_MANAGER).username();
        HttpUser manager = newHttpUser().signedInAs(username, TestAccounts.PASSWORD);
        String form = manager.get("/people/imports/new").body();
        String token = manager.csrfToken();
        assertThat(form).contains("action=\"/people/imports?_csrf=" + token + "\"");

        String boundary = "----flipside-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] filler = new byte[22 * 1024 * 1024];
        Arrays.fill(filler, (byte) 'a');
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/people/imports?_csrf=" + token))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "FLIPSIDE_SESSION=" + manager.cookie("FLIPSIDE_SESSION").orElseThrow())
                .header("X-Forwarded-For", manager.clientAddress())
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, filler, tail)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        // Not 403: the request passed the CSRF check although its body was refused unread.
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("File too large").contains("larger than the 20MB Flipside accepts");
    }
}
