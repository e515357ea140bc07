package org.flipside.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The agreement and goals tabs and their API: the two people write, the manager reads, nobody else learns of them. */
class PairPlanWebTest extends WebTestBase {

    static final String TERMS = """
            {"expectedVersion": %d, "cadence": "MONTHLY", "meetingMode": "VIDEO",
             "confidentiality": "Between us.", "mentorExpectations": "Candour", "menteeExpectations": "%s"}""";
    static final String GOAL = """
            {"title": "Present to the board", "why": "To be heard", "growthArea": "PRESENTING_TO_EXECUTIVES",
             "keyResults": [{"description": "Talks to executives", "unit": "talks", "start": 0, "target": 4}]}""";

    @Autowired
    Accounts accountDirectory;
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

    @BeforeEach
    void aPair() {
        fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        scene = fixture.scene();
    }

    private String page(String path, Person who) throws Exception {
        return mvc.perform(as(get(path), who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String base() {
        return "/pairs/" + scene.pairId();
    }

    @Test
    void theAgreementIsWrittenAndSignedOnThePageWhileEveryWorkspacePageSaysWhereItStands() throws Exception {
        String empty = page(base() + "/agreement", scene.mentee());
        assertThat(empty).contains("Write the agreement").contains("stays between the two of us")
                .contains("You have no mentoring agreement yet");
        assertThat(page(base(), scene.manager())).contains("The pair has not written their agreement yet.");

        mvc.perform(as(post(base() + "/agreement"), scene.mentee()).with(csrf()).param("version", "0")
                        .param("cadence", "MONTHLY").param("meetingMode", "MIXED")
                        .param("confidentiality", "Between us.").param("mentorExpectations", "Candour")
                        .param("menteeExpectations", "Time kept free").param("practicalities", ""))
                .andExpect(status().isFound());
        assertThat(page(base() + "/goals", scene.mentor())).contains("Please read and sign version 1");

        mvc.perform(as(post(base() + "/agreement/signature"), scene.mentee()).with(csrf()).param("version", "1"))
                .andExpect(status().isFound());
        assertThat(page(base(), scene.mentee()))
                .contains("waiting for Name " + scene.mentor().employeeNumber() + " to sign it");
        mvc.perform(as(post(base() + "/agreement/signature"), scene.mentor()).with(csrf()).param("version", "1"))
                .andExpect(status().isFound());

        String signed = page(base() + "/agreement", scene.mentor());
        assertThat(signed).contains("Signed by both of you.").doesNotContain("Please read and sign")
                .contains("Name " + scene.mentee().employeeNumber() + " signed on");
        String managers = page(base() + "/agreement", scene.manager());
        assertThat(managers).contains("Time kept free").doesNotContain("Save as a new version")
                .doesNotContain("Sign version");
    }

    @Test
    void aStaleEditOnThePageKeepsTheTextAndSaysWhatHappened() throws Exception {
        mvc.perform(as(put("/api/v1/pairs/" + scene.pairId() + "/agreement"), scene.mentor())
                .contentType(MediaType.APPLICATION_JSON).content(TERMS.formatted(0, "from the mentor")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));

        String page = mvc.perform(as(post(base() + "/agreement"), scene.mentee()).with(csrf()).param("version", "0")
                        .param("cadence", "MONTHLY").param("meetingMode", "VIDEO")
                        .param("confidentiality", "Between us.").param("mentorExpectations", "Candour")
                        .param("menteeExpectations", "my own words, not lost"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("saved version 1 while you were editing").contains("my own words, not lost");
        mvc.perform(as(get("/api/v1/pairs/" + scene.pairId() + "/agreement"), scene.mentee()))
                .andExpect(jsonPath("$.terms.menteeExpectations").value("from the mentor"));
    }

    @Test
    void theAgreementApiVersionsSignsAndRefusesASupersededSignature() throws Exception {
        String api = "/api/v1/pairs/" + scene.pairId() + "/agreement";
        mvc.perform(as(put(api), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                .content(TERMS.formatted(0, "one"))).andExpect(status().isOk());
        mvc.perform(as(post(api + "/signature"), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 1}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.current.signatures[0].side").value("MENTEE"));
        mvc.perform(as(put(api), scene.mentor()).contentType(MediaType.APPLICATION_JSON)
                        .content(TERMS.formatted(1, "two"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.signed").value(false))
                .andExpect(jsonPath("$.current.signatures.length()").value(0))
                .andExpect(jsonPath("$.history.length()").value(2));
        mvc.perform(as(post(api + "/signature"), scene.mentor()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("agreement.sign.superseded"));
        mvc.perform(as(put(api), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                .content(TERMS.formatted(1, "three"))).andExpect(status().isConflict());
        mvc.perform(as(put(api), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                        .content(TERMS.formatted(2, "").replace("\"VIDEO\"", "\"BY_PIGEON\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("meetingMode"));
        mvc.perform(as(put(api), scene.mentee()).contentType(MediaType.APPLICATION_JSON)
                        .content(TERMS.formatted(2, " "))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("menteeExpectations"));

        long before = auditCount(scene.manager().username(), "PAIR_WORKSPACE_OPENED", String.valueOf(scene.pairId()));
        mvc.perform(as(get(api), scene.manager())).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        assertThat(auditCount(scene.manager().username(), "PAIR_WORKSPACE_OPENED", String.valueOf(scene.pairId())))
                .isEqualTo(before + 1);
        mvc.perform(as(post(api + "/signature"), scene.manager()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 2}")).andExpect(status().isForbidden());
        mvc.perform(as(put(api), scene.manager()).contentType(MediaType.APPLICATION_JSON)
                .content(TERMS.formatted(2, "managed"))).andExpect(status().isForbidden());
    }

    @Test
    void goalsAreWrittenOnThePageWithProgressShownAsBarsAndText() throws Exception {
        String form = page(base() + "/goals/new", scene.mentee());
        assertThat(form).contains("Program objective").contains("Digital").doesNotContain("Growth area");
        assertThat(page(base() + "/goals/new", scene.mentor())).contains("Presenting to executives");

        String refused = mvc.perform(as(post(base() + "/goals"), scene.mentee()).with(csrf())
                        .param("title", "Use AI with my team").param("why", "").param("objective", "1")
                        .param("keyResults[0].description", "Meetings with AI notes")
                        .param("keyResults[0].unit", "meetings").param("keyResults[0].start", "none")
                        .param("keyResults[0].target", "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Enter a number.").contains("Write something here.")
                .contains("value=\"none\"").contains("Use AI with my team");

        mvc.perform(as(post(base() + "/goals"), scene.mentee()).with(csrf())
                        .param("title", "Use AI with my team").param("why", "My team expects it").param("objective", "1")
                        .param("keyResults[1].description", "Meetings with AI notes")
                        .param("keyResults[1].unit", "meetings").param("keyResults[1].start", "0")
                        .param("keyResults[1].target", "4"))
                .andExpect(status().isFound());
        long goal = jdbc.sql("select id from pair_goal where pair_id = :p").param("p", scene.pairId())
                .query(Long.class).single();
        long keyResult = jdbc.sql("select id from pair_key_result where goal_id = :g").param("g", goal)
                .query(Long.class).single();
        mvc.perform(as(post(base() + "/goals/" + goal + "/key-results/" + keyResult + "/updates"), scene.mentee())
                .with(csrf()).param("value", "2").param("comment", "a good start")).andExpect(status().isFound());

        String goals = page(base() + "/goals", scene.mentor());
        assertThat(goals).contains("Use AI with my team").contains("Progress: 50 %")
                .contains("<progress").contains("value=\"50\"").contains("a good start")
                .doesNotContain("/goals/" + goal + "/edit");
        assertThat(page(base() + "/goals", scene.mentee())).contains("/goals/" + goal + "/edit");
        assertThat(page(base() + "/goals/" + goal + "/edit", scene.mentee())).contains("Meetings with AI notes");
        mvc.perform(as(get(base() + "/goals/" + goal + "/edit"), scene.mentor())).andExpect(status().isForbidden());
        long before = auditCount(scene.manager().username(), "PAIR_WORKSPACE_OPENED", String.valueOf(scene.pairId()));
        assertThat(page(base() + "/goals", scene.manager())).contains("Progress: 50 %");
        assertThat(auditCount(scene.manager().username(), "PAIR_WORKSPACE_OPENED", String.valueOf(scene.pairId())))
                .isEqualTo(before + 1);
        mvc.perform(as(get(base() + "/goals/new"), scene.manager())).andExpect(status().isForbidden());
    }

    @Test
    void theGoalsApiCreatesChangesRecordsAndArchives() throws Exception {
        String api = "/api/v1/pairs/" + scene.pairId() + "/goals";
        String created = mvc.perform(as(post(api), scene.mentor()).contentType(MediaType.APPLICATION_JSON)
                        .content(GOAL)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.side").value("MENTOR")).andExpect(jsonPath("$.progress").value(0))
                .andReturn().getResponse().getContentAsString();
        long goal = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        long keyResult = jdbc.sql("select id from pair_key_result where goal_id = :g").param("g", goal)
                .query(Long.class).single();

        mvc.perform(as(post(api + "/" + goal + "/key-results/" + keyResult + "/updates"), scene.mentor())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 3, \"comment\": \"three\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.progress").value(75))
                .andExpect(jsonPath("$.keyResults[0].current").value(3));
        mvc.perform(as(put(api + "/" + goal), scene.mentor()).contentType(MediaType.APPLICATION_JSON)
                        .content(GOAL.replace("\"keyResults\"", "\"version\": 0, \"keyResults\"")
                                .replace("{\"description\"", "{\"id\": " + keyResult + ", \"description\"")
                                .replace("\"target\": 4", "\"target\": 6")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.progress").value(50));
        mvc.perform(as(put(api + "/" + goal), scene.mentor()).contentType(MediaType.APPLICATION_JSON)
                .content(GOAL.replace("\"keyResults\"", "\"version\": 0, \"keyResults\"")))
                .andExpect(status().isConflict());
        mvc.perform(as(post(api + "/" + goal + "/key-results/" + keyResult + "/updates"), scene.mentee())
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 6}")).andExpect(status().isForbidden());
        mvc.perform(as(post(api), scene.mentor()).contentType(MediaType.APPLICATION_JSON)
                        .content(GOAL.replace("\"start\": 0", "\"start\": 4")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("keyResults[0].target"));
        mvc.perform(as(delete(api + "/" + goal), scene.mentor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.archived").value(true));
        mvc.perform(as(get(api), scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].archived").value(true))
                .andExpect(jsonPath("$[0].keyResults[0].updates[0].comment").value("three"));
    }

    @Test
    void nobodyElseReachesTheAgreementOrTheGoals() throws Exception {
        mvc.perform(as(post("/api/v1/pairs/" + scene.pairId() + "/goals"), scene.mentor())
                .contentType(MediaType.APPLICATION_JSON).content(GOAL)).andExpect(status().isCreated());
        long goal = jdbc.sql("select id from pair_goal where pair_id = :p").param("p", scene.pairId())
                .query(Long.class).single();
        long kr = jdbc.sql("select id from pair_key_result where goal_id = :g").param("g", goal)
                .query(Long.class).single();
        String api = "/api/v1/pairs/" + scene.pairId();
        String goalPath = "/goals/" + goal;
        List<MockHttpServletRequestBuilder> requests = List.of(
                get(base() + "/agreement"), post(base() + "/agreement").with(csrf()).param("version", "0"),
                post(base() + "/agreement/signature").with(csrf()).param("version", "1"),
                get(base() + "/goals"), get(base() + "/goals/new"), get(base() + goalPath + "/edit"),
                post(base() + "/goals").with(csrf()), post(base() + goalPath).with(csrf()),
                post(base() + goalPath + "/archive").with(csrf()),
                post(base() + goalPath + "/key-results/" + kr + "/updates").with(csrf()).param("value", "1"),
                get(api + "/agreement"), json(put(api + "/agreement"), TERMS.formatted(0, "x")),
                json(post(api + "/agreement/signature"), "{\"version\": 1}"), get(api + "/goals"),
                json(post(api + "/goals"), GOAL), json(put(api + goalPath), GOAL.replace("{\"title\"", "{\"version\": 0, \"title\"")),
                delete(api + goalPath), json(post(api + goalPath + "/key-results/" + kr + "/updates"), "{\"value\": 1}"));
        for (Person outsider : List.of(fixture.person(Role.EMPLOYEE), fixture.person(Role.ADMIN),
                fixture.person(Role.PROGRAM_MANAGER))) {
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(as(request, outsider)).andExpect(status().isNotFound());
            }
        }
        assertThat(jdbc.sql("select count(*) from pair_agreement_version where pair_id = :p")
                .param("p", scene.pairId()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from pair_key_result_update where key_result_id = :k")
                .param("k", kr).query(Long.class).single()).isZero();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
