package org.flipside.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
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

/**
 * Surveys over the pages and the API: a manager sets one up from a template; a logged session opens the pulse for
 * the pair; only the invited person answers, once, with every bad answer refused by question; other programs'
 * managers and everyone else get 404.
 */
class SurveysWebTest extends WebTestBase {

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
    @Autowired
    SurveySetup setup;

    PairFixture fixture;
    Scene scene;

    @BeforeEach
    void aPairWithItsManager() {
        fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        scene = fixture.scene();
    }

    @Test
    void aManagerCopiesTheFourTemplatesAndEditsACopyWhileAStaleEditLosesNothing() throws Exception {
        mvc.perform(as(get("/api/v1/survey-templates"), scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[?(@.key=='post-session-pulse')].questions.length()").value(3))
                .andExpect(jsonPath("$[?(@.key=='final-evaluation')].questions[*].section").value(
                        org.hamcrest.Matchers.hasItems("Reaction", "Learning", "Behaviour", "Results")));
        long id = copy(SurveyTemplates.CLOSING);
        String one = "/api/v1/programs/" + scene.program() + "/surveys/" + id;

        mvc.perform(json(put(one), "{\"title\":\"\",\"audience\":\"BOTH\",\"version\":0,\"questions\":["
                        + "{\"kind\":\"SINGLE_CHOICE\",\"text\":\"Pick\",\"choices\":[\"only one\"]},"
                        + "{\"kind\":\"FREE_TEXT\",\"text\":\"Say\",\"maxLength\":5000}]}", scene.manager()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "title", "questions[0].choices", "questions[1].maxLength")));
        String edit = "{\"title\":\"Goodbye\",\"audience\":\"MENTORS\",\"anonymous\":true,\"enabled\":false,"
                + "\"version\":0,\"questions\":[{\"kind\":\"LIKELIHOOD\",\"text\":\"Again?\",\"required\":true}]}";
        mvc.perform(json(put(one), edit, scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Goodbye")).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.questions.length()").value(1)).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(json(put(one), edit.replace("Goodbye", "Lost"), scene.manager()))
                .andExpect(status().isConflict());
        mvc.perform(as(get(one), scene.manager())).andExpect(jsonPath("$.title").value("Goodbye"));

        Person otherManager = fixture.person(Role.PROGRAM_MANAGER);
        mvc.perform(as(get(one), otherManager)).andExpect(status().isNotFound());
        mvc.perform(as(get("/programs/" + scene.program() + "/surveys"), otherManager))
                .andExpect(status().isNotFound());
        mvc.perform(as(get("/programs/" + scene.program() + "/surveys"), scene.manager())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Goodbye")));
        mvc.perform(as(get(one), scene.mentor())).andExpect(status().isForbidden());
    }

    @Test
    void aLoggedSessionOpensThePulseAndOnlyTheInvitedPersonAnswersOnceWithBadAnswersRefused() throws Exception {
        copy(SurveyTemplates.PULSE);
        HeldSessions.logOne(mvc, clock, jdbc, programs, scene);

        long invitation = JsonPath.<Integer>read(mvc.perform(as(get("/api/v1/me/surveys"), scene.mentor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[0].invitationId");
        String form = mvc.perform(as(get("/api/v1/surveys/" + invitation), scene.mentor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.questions.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(form, "$.questions[*].id");
        String respond = "/api/v1/surveys/" + invitation + "/response";
        assertThat(workspace(scene.mentor())).contains("A survey waits for your answer")
                .contains("href=\"/surveys/" + invitation + "\"");
        assertThat(workspace(scene.mentee())).doesNotContain("href=\"/surveys/" + invitation + "\"");
        assertThat(workspace(scene.manager())).doesNotContain("A survey waits for your answer");

        for (Person stranger : List.of(scene.mentee(), scene.manager(), fixture.person(Role.EMPLOYEE))) {
            mvc.perform(as(get("/api/v1/surveys/" + invitation), stranger)).andExpect(status().isNotFound());
            mvc.perform(as(get("/surveys/" + invitation), stranger)).andExpect(status().isNotFound());
        }
        mvc.perform(json(post(respond), "{\"answers\":[{\"questionId\":" + ids.get(1) + ",\"value\":0}]}",
                        scene.mentee()))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(respond), "{\"answers\":[]}", scene.mentor())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "q" + ids.get(0), "q" + ids.get(1))));
        mvc.perform(json(post(respond), "{\"answers\":[{\"questionId\":" + ids.get(0) + ",\"value\":6},"
                        + "{\"questionId\":" + ids.get(1) + ",\"value\":9},"
                        + "{\"questionId\":" + ids.get(2) + ",\"text\":\"" + "x".repeat(501) + "\"}]}", scene.mentor()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The answer to question 1 is a whole number from 1 to 5."))
                .andExpect(jsonPath("$.errors[1].message").value("Question 2 offers no such choice."))
                .andExpect(jsonPath("$.errors[2].message").value("The answer to question 3 has at most 500 characters."));
        assertThat(responses(invitation)).isZero();

        mvc.perform(as(post("/surveys/" + invitation).with(csrf()).param("q" + ids.get(0), "4"), scene.mentor()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Question 2 needs an answer.")));
        mvc.perform(as(post("/surveys/" + invitation).with(csrf()).param("q" + ids.get(0), "4")
                        .param("q" + ids.get(1), "1"), scene.mentor()))
                .andExpect(status().is3xxRedirection());
        assertThat(responses(invitation)).isEqualTo(1);
        mvc.perform(json(post(respond), "{\"answers\":[{\"questionId\":" + ids.get(0) + ",\"value\":3},"
                        + "{\"questionId\":" + ids.get(1) + ",\"value\":0}]}", scene.mentor()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("survey.answered"));
        mvc.perform(as(get("/api/v1/me/surveys"), scene.mentor())).andExpect(jsonPath("$.length()").value(0));
        assertThat(responses(invitation)).isEqualTo(1);
        assertThat(workspace(scene.mentor())).doesNotContain("A survey waits for your answer");
    }

    private String workspace(Person person) throws Exception {
        return mvc.perform(as(get("/pairs/" + scene.pairId()), person)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void closingAPairOpensTheNamedClosingSurveyWhoseResponseKeepsItsPersonAndDepartment() throws Exception {
        copy(SurveyTemplates.CLOSING);
        long version = as(scene.manager(), () -> pairs.get(scene.pairId())).version();
        mvc.perform(json(post("/api/v1/pairs/" + scene.pairId() + "/closing/by-manager"),
                        "{\"outcome\":\"COMPLETED\",\"reason\":\"Done.\",\"version\":" + version + "}",
                        scene.manager()))
                .andExpect(status().isOk());

        String open = mvc.perform(as(get("/api/v1/me/surveys"), scene.mentee())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Closing the pair"))
                .andExpect(jsonPath("$[0].anonymous").value(false)).andReturn().getResponse().getContentAsString();
        long invitation = JsonPath.<Integer>read(open, "$[0].invitationId");
        List<Integer> ids = JsonPath.read(mvc.perform(as(get("/api/v1/surveys/" + invitation), scene.mentee()))
                .andReturn().getResponse().getContentAsString(), "$.questions[*].id");
        mvc.perform(json(post("/api/v1/surveys/" + invitation + "/response"), "{\"answers\":["
                        + "{\"questionId\":" + ids.get(0) + ",\"value\":0},{\"questionId\":" + ids.get(1)
                        + ",\"value\":5},{\"questionId\":" + ids.get(2) + ",\"value\":10}]}", scene.mentee()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.answered").value(true));

        assertThat(jdbc.sql("select count(*) from survey_response where invitation_id = :id and department is not null")
                .param("id", invitation).query(Long.class).single()).isEqualTo(1);
        String department = jdbc.sql("select department from survey_response where invitation_id = :id")
                .param("id", invitation).query(String.class).single();
        long survey = jdbc.sql("select survey_id from survey_response where invitation_id = :id")
                .param("id", invitation).query(Long.class).single();
        String results = "/api/v1/programs/" + scene.program() + "/surveys/" + survey + "/results";
        mvc.perform(as(get(results + "?department=" + department), scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$.departments[0]").value(department))
                .andExpect(jsonPath("$.withheldReason").value("SMALL"));
        mvc.perform(as(get(results + "?side=BOTH&month=May"), scene.manager())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("side",
                        "month")));
        assertThat(mvc.perform(as(get(results.replace("/api/v1", "") + "?department=" + department),
                        scene.manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Not shown: fewer than 5 people answered").contains("id=\"department\"");
    }

    @Test
    void aManagerReordersAndRemovesQuestionsOnThePageSendsTheSurveyOnceADayAndAStaleSaveKeepsTheText()
            throws Exception {
        long id = copy(SurveyTemplates.PULSE);
        String page = "/programs/" + scene.program() + "/surveys/" + id;
        mvc.perform(as(get(page), scene.manager())).andExpect(status().isOk());
        mvc.perform(as(post(page).with(csrf()).param("version", "0").param("title", "Quick pulse")
                        .param("audience", "MENTORS").param("anonymous", "true").param("enabled", "true")
                        .param("questions[0].id", "1").param("questions[0].place", "2").param("questions[0].kind",
                                "AGREEMENT").param("questions[0].text", "Worth it.").param("questions[0].required", "true")
                        .param("questions[1].id", "1").param("questions[1].place", "1").param("questions[1].kind",
                                "FREE_TEXT").param("questions[1].text", "Anything else?").param("questions[1].maxLength",
                                "300")
                        .param("questions[2].id", "1").param("questions[2].kind", "FREE_TEXT")
                        .param("questions[2].text", "Gone").param("questions[2].remove", "true")
                        .param("questions[3].kind", "AGREEMENT").param("questions[3].text", ""), scene.manager()))
                .andExpect(status().is3xxRedirection());
        SurveyView saved = as(scene.manager(), () -> setup.get(scene.program(), id));
        assertThat(saved.questions()).extracting(SurveyQuestion::text).containsExactly("Anything else?", "Worth it.");
        assertThat(saved.audience()).isEqualTo(Audience.MENTORS);
        assertThat(saved.questions().get(0).required()).isFalse();

        String stale = mvc.perform(as(post(page).with(csrf()).param("version", "0").param("title", "My late title")
                        .param("audience", "BOTH").param("questions[0].id", "1").param("questions[0].kind", "AGREEMENT")
                        .param("questions[0].text", "Worth it."), scene.manager()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this survey").contains("My late title");
        assertThat(as(scene.manager(), () -> setup.get(scene.program(), id)).title()).isEqualTo("Quick pulse");

        String send = "/api/v1/programs/" + scene.program() + "/surveys/" + id + "/sending";
        mvc.perform(as(post(send), scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$.instances").value(1));
        mvc.perform(as(post(send), scene.manager())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("survey.send.none"));
        mvc.perform(as(get("/api/v1/me/surveys"), scene.mentor())).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(as(get("/api/v1/me/surveys"), scene.mentee())).andExpect(jsonPath("$.length()").value(0));
    }

    long copy(String template) throws Exception {
        String body = mvc.perform(json(post("/api/v1/programs/" + scene.program() + "/surveys"),
                        "{\"template\":\"" + template + "\"}", scene.manager()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(body, "$.id");
    }

    long responses(long invitation) {
        return jdbc.sql("select count(*) from survey_response r join survey_instance n on n.survey_id = r.survey_id "
                        + "join survey_invitation i on i.instance_id = n.id where i.id = :id")
                .param("id", invitation).query(Long.class).single();
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body, Person person) {
        return as(request.contentType(MediaType.APPLICATION_JSON).content(body), person);
    }
}
