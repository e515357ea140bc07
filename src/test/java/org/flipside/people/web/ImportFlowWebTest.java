package org.flipside.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.flipside.identity.AccountView;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.Role;
import org.flipside.people.Directory;
import org.flipside.people.EmploymentStatus;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A program manager imports the directory through the pages, and HR tooling through the API. */
class ImportFlowWebTest extends WebTestBase {

    @Autowired
    Directory directory;

    String tag;
    FlipsideUser manager;

    @BeforeEach
    void managerAndTag() {
        tag = "w" + Unique.username("x").substring(2);
        AccountView account = newAccount("importer", Role.PROGRAM_MANAGER);
        manager = new FlipsideUser(account.id(), account.username(), account.displayName(),
                ZoneId.of(account.timeZone()), account.roles(), true, null);
    }

    @Test
    void uploadMapPreviewConfirm() throws Exception {
        mvc.perform(get("/people").with(as()))
                .andExpect(content().string(containsString("href=\"/people/imports/new\"")));
        mvc.perform(get("/people/imports/new").with(as()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));

        String mapping = mvc.perform(multipart("/people/imports").file(csv(goodFile())).with(csrf()).with(as()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/people/imports/*/mapping"))
                .andReturn().getResponse().getRedirectedUrl();
        String id = mapping.split("/")[3];

        mvc.perform(get(mapping).with(as()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"Staff No\" selected=\"selected\">Staff No</option>")))
                .andExpect(content().string(containsString("<label for=\"email\"")));

        mvc.perform(post(mapping).with(csrf()).with(as())
                        .param("employeeNumber", "Staff No").param("fullName", "Name").param("email", "Mail")
                        .param("managerNumber", "Boss").param("hireDate", "Joined").param("dateFormat", "dd/MM/yyyy"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/people/imports/" + id));

        mvc.perform(get("/people/imports/" + id).with(as()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td id=\"count-created\">2</td>")))
                .andExpect(content().string(containsString("No problems found.")))
                .andExpect(content().string(containsString("/people/imports/" + id + "/confirm")));
        assertThat(directory.byNumber(tag + "-1")).isEmpty();

        mvc.perform(post("/people/imports/" + id + "/confirm").with(csrf()).with(as()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/people/imports/" + id).with(as()))
                .andExpect(content().string(containsString("Import done")))
                .andExpect(content().string(not(containsString("/confirm"))));
        assertThat(directory.byNumber(tag + "-2").orElseThrow().managerNumber()).isEqualTo(tag + "-1");
        assertThat(directory.byNumber(tag + "-2").orElseThrow().status()).isEqualTo(EmploymentStatus.ACTIVE);
    }

    @Test
    void thePreviewListsProblemsByRowAndColumnAndOffersNoConfirm() throws Exception {
        String bad = goodFile() + tag + "-3,,nope,,15/15/2020\n";
        String mapping = mvc.perform(multipart("/people/imports").file(csv(bad)).with(csrf()).with(as()))
                .andReturn().getResponse().getRedirectedUrl();
        String id = mapping.split("/")[3];
        mvc.perform(post(mapping).with(csrf()).with(as())
                .param("employeeNumber", "Staff No").param("fullName", "Name").param("email", "Mail")
                .param("managerNumber", "Boss").param("hireDate", "Joined").param("dateFormat", "dd/MM/yyyy"));

        mvc.perform(get("/people/imports/" + id).with(as()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>4</td>")))
                .andExpect(content().string(containsString("<td>Mail</td>")))
                .andExpect(content().string(containsString("&#39;nope&#39; is not an email address.")))
                .andExpect(content().string(containsString("<td>Joined</td>")))
                .andExpect(content().string(not(containsString("/people/imports/" + id + "/confirm"))));
        mvc.perform(post("/people/imports/" + id + "/confirm").with(csrf()).with(as()))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.byNumber(tag + "-1")).isEmpty();
    }

    @Test
    void anUploadThatIsNotMultipartIsABadRequestThatSaysSo() throws Exception {
        String token = tokens.issue(manager.id(), manager.getUsername(), "import", null).secret();
        mvc.perform(post("/api/v1/people/imports").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("multipart/form-data")));
    }

    @Test
    void theApiPreviewsAndConfirms() throws Exception {
        String token = tokens.issue(manager.id(), manager.getUsername(), "import", null).secret();
        String body = mvc.perform(multipart("/api/v1/people/imports").file(csv(goodFile()))
                        .param("employeeNumber", "Staff No").param("fullName", "Name").param("email", "Mail")
                        .param("managerNumber", "Boss").param("hireDate", "Joined").param("dateFormat", "dd/MM/yyyy")
                        .header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.created").value(2))
                .andExpect(jsonPath("$.problems").isEmpty())
                .andExpect(jsonPath("$.confirmable").value(true))
                .andReturn().getResponse().getContentAsString();
        String id = body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");

        mvc.perform(get("/api/v1/people/imports/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PREVIEWED"));
        mvc.perform(post("/api/v1/people/imports/" + id + "/confirm").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"));
        mvc.perform(post("/api/v1/people/imports/" + id + "/confirm").header("Authorization", "Bearer " + token))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(directory.byNumber(tag + "-1")).isPresent();
    }

    @Test
    void aFileOverTheLimitIsRefusedNamingTheLimit() throws Exception {
        String token = tokens.issue(manager.id(), manager.getUsername(), "import", null).secret();
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');

        mvc.perform(multipart("/api/v1/people/imports")
                        .file(new MockMultipartFile("file", "huge.csv", "text/csv", huge))
                        .header("Authorization", "Bearer " + token).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("larger than the limit of 20 MB")));
    }

    private RequestPostProcessor as() {
        return user(manager);
    }

    private String goodFile() {
        return "Staff No,Name,Mail,Boss,Joined\r\n"
                + tag + "-1,Olu Adeyemi,olu." + tag + "@example.org,,01/02/2010\r\n"
                + tag + "-2,\"Raman, Priya\",priya." + tag + "@example.org," + tag + "-1,2019-06-30\r\n";
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "hr-export.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
