package org.flipside.insights.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The owner's inbox page: it lists what was proposed to them without naming an anonymous junior, takes a response
 * through its form, reports a bad one on the page, and refuses anyone but the owner.
 */
class OwnedInsightsPageWebTest extends WebTestBase {

    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOwnerReadsAndAnswersAnAnonymousInsightOnThePage() throws Exception {
        PairFixture fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        Scene scene = fixture.scene();
        Person owner = fixture.person(Role.EMPLOYEE);
        String title = "Hybrid meetings " + UUID.randomUUID();
        String created = mvc.perform(as(post("/api/v1/pairs/" + scene.pairId() + "/insights"), scene.mentor())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"" + title
                                + "\", \"observation\": \"Remote people cannot hear.\", \"significance\": \"s\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(as(post("/api/v1/insights/" + id + "/proposal"), scene.mentor())
                .contentType(MediaType.APPLICATION_JSON).content("{\"owner\": \"" + owner.employeeNumber() + "\"}"))
                .andExpect(status().isOk());
        String juniorName = PairFixture.as(scene.mentor(), () -> pairs.get(scene.pairId())).mentor().fullName();

        String page = mvc.perform(as(get("/me/insights/owned"), owner)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains(title).contains("Remote people cannot hear.").contains("Raised anonymously")
                .doesNotContain(juniorName);
        assertThat(mvc.perform(as(get("/me/insights/owned"), scene.mentor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain(title);

        String missing = mvc.perform(as(post("/me/insights/owned/" + id + "/response"), owner).with(csrf())
                        .param("version", "1").param("decision", "DECLINED"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Write why you decline");
        mvc.perform(as(post("/me/insights/owned/" + id + "/response"), scene.mentor()).with(csrf())
                        .param("version", "1").param("decision", "DECLINED").param("reason", "mine"))
                .andExpect(status().isNotFound());
        mvc.perform(as(post("/me/insights/owned/" + id + "/response"), owner).with(csrf())
                        .param("version", "1").param("decision", "DECLINED").param("reason", "Covered by IT already"))
                .andExpect(status().isFound());
        assertThat(mvc.perform(as(get("/me/insights/owned"), owner)).andReturn().getResponse()
                .getContentAsString()).contains("Declined.");
        mvc.perform(as(post("/me/insights/owned/" + id + "/response"), owner).with(csrf())
                        .param("version", "1").param("decision", "DECLINED").param("reason", "again"))
                .andExpect(status().isConflict());
    }
}
