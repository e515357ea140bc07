package org.flipside.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.flipside.identity.AccountView;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryHistory;
import org.flipside.people.DirectoryWriter;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** HR backfills past level changes through the pages, and HR tooling through the API. */
class LevelHistoryWebTest extends WebTestBase {

    @Autowired
    DirectoryWriter directory;
    @Autowired
    DirectoryHistory history;

    String number;
    FlipsideUser manager;

    @BeforeEach
    void personAndManager() {
        number = Unique.username("lh");
        directory.addAll(List.of(new NewEmployee(number, "Name " + number, number + "@levels.example.org", "Ops",
                "Analyst", 5, null, LocalDate.of(2015, 1, 5), 1985, "Lyon", "Europe/Paris", List.of("fr"),
                EmploymentStatus.ACTIVE)));
        AccountView account = newAccount("levels", Role.PROGRAM_MANAGER);
        manager = new FlipsideUser(account.id(), account.username(), account.displayName(),
                ZoneId.of(account.timeZone()), account.roles(), true, null);
    }

    @Test
    void uploadPreviewApplyThroughThePages() throws Exception {
        mvc.perform(get("/people").with(as()))
                .andExpect(content().string(containsString("href=\"/people/level-history/new\"")));
        mvc.perform(get("/people/level-history/new").with(as())).andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        String preview = mvc.perform(multipart("/people/level-history")
                        .file(csv("employee id,effective date,grade\n" + number + ",2018-04-01,4\n" + number
                                + ",2020-04-01,5\n")).with(csrf()).with(as()))
                .andExpect(redirectedUrlPattern("/people/level-history/*")).andReturn().getResponse()
                .getRedirectedUrl();

        mvc.perform(get(preview).with(as())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"count-changes\">2<")));
        mvc.perform(post(preview + "/apply").with(csrf()).with(as()))
                .andExpect(flash().attribute("flash", "2 level change(s) recorded."));

        assertThat(history.of(List.of(number)).get(number).levelChanges()).hasSize(2);
        assertThat(history.of(List.of(number)).get(number).levelChanges().get(1).fromGrade()).isEqualTo(4);
    }

    @Test
    void aBadFileShowsEveryProblemAndCannotBeApplied() throws Exception {
        String preview = mvc.perform(multipart("/people/level-history")
                        .file(csv("employee id,effective date,grade\nnobody-" + number + ",2018-04-01,4\n" + number
                                + ",2018-13-01,five\n")).with(csrf()).with(as()))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(preview).with(as()))
                .andExpect(content().string(containsString("Nobody in the directory has employee id nobody-")))
                .andExpect(content().string(containsString("is not a date in the form yyyy-MM-dd")))
                .andExpect(content().string(containsString("The level must be a whole number of 0 or more, not")));
        mvc.perform(post(preview + "/apply").with(csrf()).with(as()))
                .andExpect(flash().attribute("flashError", containsString("nothing was recorded")));
        assertThat(history.of(List.of(number)).get(number).levelChanges()).isEmpty();
    }

    @Test
    void theApiPreviewsAndApplies() throws Exception {
        String body = mvc.perform(multipart("/api/v1/people/level-history")
                        .file(csv("Emp ID;Date;Level\n" + number + ";2019-02-01;5\n")).with(as()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicable").value(true))
                .andExpect(jsonPath("$.changes").value(1))
                .andReturn().getResponse().getContentAsString();
        String id = body.replaceAll("(?s).*\"id\":(\\d+).*", "$1");

        mvc.perform(post("/api/v1/people/level-history/" + id + "/apply").with(as()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPLIED"));
        mvc.perform(post("/api/v1/people/level-history/" + id + "/apply").with(as()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("people.levels.applied"));
        mvc.perform(multipart("/api/v1/people/level-history").file(csv("Emp ID;Level\n" + number + ";5\n"))
                        .with(as()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("people.levels.column.effectiveDate"));
    }

    @Test
    void theImportMappingOffersTheHistoryColumns() throws Exception {
        String mapping = mvc.perform(multipart("/people/imports")
                        .file(csv("Employee ID,Name,Email,Exit,Promoted on\n")).with(csrf()).with(as()))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(mapping).with(as()))
                .andExpect(content().string(containsString("<label for=\"leaveDate\">Leave date</label>")))
                .andExpect(content().string(containsString("<label for=\"gradeSince\">Grade since</label>")));
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "levels.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private RequestPostProcessor as() {
        return user(manager);
    }
}
