package org.flipside.insights.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.insights.InsightSteps;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.pairing.cadence.SessionRows;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.testing.WebTestBase;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The insights tab of the pair workspace: the pair's people and its managers see it, nobody else (404); its forms
 * record, endorse, propose to the sponsor and change the credit choice; bad input changes nothing.
 */
class InsightTabWebTest extends WebTestBase {

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

    PairFixture fixture;
    Scene scene;
    InsightSteps steps;

    @BeforeEach
    void aPair() {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        scene = fixture.scene();
        steps = new InsightSteps(mvc);
    }

    @Test
    void thePairAndItsManagersSeeTheTabAndNobodyElse() throws Exception {
        long id = steps.record(scene, scene.mentor(), "Meetings run over", false);
        for (Person reader : List.of(scene.mentor(), scene.mentee(), scene.manager())) {
            mvc.perform(as(get(tab()), reader)).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Meetings run over")))
                    .andExpect(content().string(Matchers.containsString("/pairs/" + scene.pairId() + "/insights\"")));
        }
        Scene other = fixture.pairIn(scene.program(), scene.manager());
        for (Person outsider : List.of(fixture.person(Role.EMPLOYEE), fixture.person(Role.ADMIN),
                fixture.person(Role.SPONSOR), fixture.scene().manager(), other.mentor())) {
            mvc.perform(as(get(tab()), outsider)).andExpect(status().isNotFound());
            mvc.perform(form(post(tab() + "/" + id + "/endorsement"), outsider)).andExpect(status().isNotFound());
        }
        // An insight of this pair reached through another pair's address does not exist there.
        mvc.perform(form(post("/pairs/" + other.pairId() + "/insights/" + id + "/endorsement"), other.mentee()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMemberRecordsThroughTheFormAndBadInputIsNamedAndStoresNothing() throws Exception {
        mvc.perform(form(post(tab()), scene.mentor()).param("title", "Onboarding is paper-heavy")
                        .param("observation", "Four forms on day one.").param("significance", "Juniors lose a day.")
                        .param("objective", "0").param("evidenceLink", "https://intranet.example/onboarding")
                        .param("credit", "name"))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isOne();
        assertThat(jdbc.sql("select credit_by_name from insight where pair_id = :p").param("p", scene.pairId())
                .query(Boolean.class).single()).isTrue();

        mvc.perform(form(post(tab()), scene.mentor()).param("title", "x".repeat(151))
                        .param("observation", "Seen.").param("significance", "Matters.")
                        .param("evidenceLink", "javascript:alert(1)"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("A title holds up to 150 characters")))
                .andExpect(content().string(Matchers.containsString("starting with http:// or https://")));
        mvc.perform(form(post(tab()), scene.mentee()).param("title", "From a session")
                        .param("observation", "Seen.").param("significance", "Matters.").param("sessionId", "987654321"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Choose one of the pair&#39;s held sessions.")));
        mvc.perform(as(post("/api/v1/pairs/" + scene.pairId() + "/insights"), scene.mentee())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"\", \"observation\": \"Seen.\", "
                                + "\"significance\": \"Matters.\", \"sessionId\": 987654321}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[1].field").value("sessionId"));
        mvc.perform(form(post(tab()), scene.manager()).param("title", "A manager's").param("observation", "Seen.")
                .param("significance", "Matters.")).andExpect(status().isNotFound());
        assertThat(count()).isOne();
    }

    @Test
    void anInsightNamesOneOfThePairsHeldSessionsAndNoOtherSession() throws Exception {
        SessionRows rows = new SessionRows(jdbc);
        Instant lastWeek = clock.instant().minus(Duration.ofDays(7));
        long held = rows.held(scene.pairId(), lastWeek);
        long planned = rows.scheduled(scene.pairId(), clock.instant().plus(Duration.ofDays(7)));
        long othersHeld = rows.held(fixture.pairIn(scene.program(), scene.manager()).pairId(), lastWeek);
        mvc.perform(as(get(tab()), scene.mentee())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<option value=\"" + held + "\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<option value=\"" + planned + "\""))));
        for (long bad : new long[] {planned, othersHeld}) {
            mvc.perform(form(post(tab()), scene.mentee()).param("title", "From a session").param("observation", "Seen.")
                    .param("significance", "Matters.").param("sessionId", Long.toString(bad)))
                    .andExpect(status().isBadRequest());
        }
        assertThat(count()).isZero();
        mvc.perform(form(post(tab()), scene.mentee()).param("title", "From a session").param("observation", "Seen.")
                .param("significance", "Matters.").param("sessionId", Long.toString(held)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select session_id from insight where pair_id = :p").param("p", scene.pairId())
                .query(Long.class).single()).isEqualTo(held);
    }

    @Test
    void theSeniorEndorsesAndProposesToTheSponsor() throws Exception {
        long id = steps.record(scene, scene.mentor(), "Release notes nobody reads", false);
        mvc.perform(form(post(tab() + "/" + id + "/proposal"), scene.mentor()).param("to", "sponsor"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("The program has no sponsor yet")));
        Person sponsor = fixture.senior(Role.SPONSOR);
        steps.sponsor(scene, sponsor, programVersion());

        mvc.perform(form(post(tab() + "/" + id + "/endorsement"), scene.mentee())).andExpect(status().is3xxRedirection());
        mvc.perform(form(post(tab() + "/" + id + "/proposal"), scene.mentee()).param("to", "sponsor"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select owner_number from insight where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo(sponsor.employeeNumber());
        mvc.perform(as(get(tab()), scene.mentor())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("waiting for a response")));
    }

    @Test
    void theAuthorChangesTheCreditChoiceOthersMayNotAndAStaleChoiceIsRefused() throws Exception {
        long id = steps.record(scene, scene.mentor(), "Chat beats mail", false);
        mvc.perform(credit(id, scene.mentor(), true, 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.creditByName").value(true)).andExpect(jsonPath("$.version").value(1));
        mvc.perform(credit(id, scene.mentor(), false, 0)).andExpect(status().isConflict());
        mvc.perform(credit(id, scene.mentee(), false, 1)).andExpect(status().isConflict());
        mvc.perform(credit(id, scene.manager(), false, 1)).andExpect(status().isConflict());
        mvc.perform(credit(id, fixture.person(Role.ADMIN), false, 1)).andExpect(status().isNotFound());
        mvc.perform(as(put("/api/v1/insights/" + id + "/credit"), scene.mentor())
                .contentType(MediaType.APPLICATION_JSON).content("{\"creditByName\": false}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(form(post(tab() + "/" + id + "/credit"), scene.mentor()).param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select credit_by_name from insight where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(form(post(tab() + "/" + id + "/credit"), scene.mentor()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select credit_by_name from insight where id = :id").param("id", id)
                .query(Boolean.class).single()).isFalse();
    }

    private long programVersion() {
        return jdbc.sql("select version from program where id = :id").param("id", scene.program())
                .query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from insight where pair_id = :p").param("p", scene.pairId())
                .query(Long.class).single();
    }

    private String tab() {
        return "/pairs/" + scene.pairId() + "/insights";
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Person by) {
        return as(request, by).with(csrf());
    }

    private MockHttpServletRequestBuilder credit(long id, Person by, boolean byName, long version) {
        return as(put("/api/v1/insights/" + id + "/credit"), by).contentType(MediaType.APPLICATION_JSON)
                .content("{\"creditByName\": " + byName + ", \"version\": " + version + "}");
    }
}
