package org.flipside.feedback.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.flipside.feedback.SafetyTrendPoint;
import org.flipside.feedback.SafetyTrends;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pulse over the API and the pages: the junior mentor answers once; the senior sees nothing of it; bad input
 * changes nothing; only the program's managers read results, settings and flags, and everyone else gets 404.
 */
class SafetyPulseWebTest extends WebTestBase {

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
    SafetyInvitations invitations;
    @Autowired
    SafetyTrends trends;

    PulseScene pulse;

    @BeforeEach
    void scenes() {
        pulse = new PulseScene(jdbc, accountDirectory, directory, programs, pairs, invitations);
    }

    @Test
    void theJuniorAnswersOnceAndTheSeniorNeverSeesAnythingOfThePulse() throws Exception {
        Scene scene = pulse.invited(1).get(0);
        long invitation = pulse.invitationOf(scene);
        mvc.perform(as(get("/api/v1/me/safety-pulse"), scene.mentor())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(invitation))
                .andExpect(jsonPath("$[0].answered").value(false));
        mvc.perform(as(get("/api/v1/me/safety-pulse"), scene.mentee())).andExpect(jsonPath("$.length()").value(0));
        String notice = "A short safety pulse waits for you";
        assertThat(page("/pairs/" + scene.pairId(), scene.mentor())).contains(notice);
        assertThat(page("/pairs/" + scene.pairId(), scene.mentee())).doesNotContain(notice);
        assertThat(page("/pairs/" + scene.pairId(), scene.manager())).doesNotContain(notice);
        assertThat(page("/me/safety-pulse", scene.mentee())).contains("No pulse waits for you");

        mvc.perform(json(post(answer(invitation)), scene.mentor(), "{\"statements\":[4,5,4,3,5],\"contact\":false}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.answered").value(true));
        mvc.perform(json(post(answer(invitation)), scene.mentor(), "{\"statements\":[1,1,1,1,1],\"contact\":true}"))
                .andExpect(status().isConflict());
        assertThat(pulse.answersIn(scene.program())).isEqualTo(1);
        assertThat(page("/pairs/" + scene.pairId(), scene.mentor())).doesNotContain(notice);
        assertThat(page("/me/safety-pulse", scene.mentor())).contains("Answered: thank you.");
        assertThat(page("/me/safety-pulse", scene.mentee())).contains("No pulse waits for you");
        assertThat(jdbc.sql("select count(*) from safety_flag where program_id = :p").param("p", scene.program())
                .query(Long.class).single()).isZero();
    }

    @Test
    void badAnswersAreRefusedFieldByFieldAndChangeNothing() throws Exception {
        Scene scene = pulse.invited(1).get(0);
        long invitation = pulse.invitationOf(scene);
        mvc.perform(json(post(answer(invitation)), scene.mentor(), "{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='statement1')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='statement5')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field=='contact')]").exists());
        mvc.perform(json(post(answer(invitation)), scene.mentor(), "{\"statements\":[0,6,3,3],\"contact\":true}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("statement1"))
                .andExpect(jsonPath("$.errors[1].field").value("statement2"))
                .andExpect(jsonPath("$.errors[2].field").value("statement5"));
        mvc.perform(as(post("/me/safety-pulse/" + invitation), scene.mentor()).with(csrf())
                        .param("statement1", "3").param("statement2", "x"))
                .andExpect(status().isBadRequest());
        Scene other = pulse.fixture().pairIn(scene.program(), scene.manager());
        for (Person outsider : List.of(scene.mentee(), scene.manager(), other.mentor())) {
            mvc.perform(json(post(answer(invitation)), outsider, "{\"statements\":[3,3,3,3,3],\"contact\":true}"))
                    .andExpect(status().isNotFound());
        }
        assertThat(pulse.answersIn(scene.program())).isZero();
        assertThat(answered(invitation)).isFalse();

        // The round is over: the invitation takes no answer any more.
        jdbc.sql("update safety_invitation set opens_at = opens_at - interval '40' day, "
                + "closes_at = closes_at - interval '40' day where id = :id").param("id", invitation).update();
        mvc.perform(json(post(answer(invitation)), scene.mentor(), "{\"statements\":[3,3,3,3,3],\"contact\":true}"))
                .andExpect(status().isConflict());
        assertThat(pulse.answersIn(scene.program())).isZero();
        assertThat(answered(invitation)).isFalse();
    }

    @Test
    void resultsAreWithheldBelowTheMinimumAndShownOnlyToTheProgramsManagers() throws Exception {
        List<Scene> scenes = pulse.invited(5);
        Scene first = scenes.get(0);
        int[][] answers = {{5, 4, 4, 3, 5}, {4, 4, 3, 3, 4}, {5, 5, 5, 4, 5}, {3, 4, 4, 4, 3}, {4, 3, 4, 5, 4}};
        for (int i = 0; i < 4; i++) {
            answer(scenes.get(i), answers[i], false);
        }
        String results = "/api/v1/programs/" + first.program() + "/safety-pulse";
        mvc.perform(as(get(results), first.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].round").value(1)).andExpect(jsonPath("$[0].invited").value(5))
                .andExpect(jsonPath("$[0].respondents").value(4)).andExpect(jsonPath("$[0].withheld").value(true))
                .andExpect(jsonPath("$[0].mean").doesNotExist()).andExpect(jsonPath("$[0].statements.length()").value(0));
        assertThat(page("/programs/" + first.program() + "/safety-pulse", first.manager()))
                .contains("Withheld: fewer than 5 respondents.");

        answer(scenes.get(4), answers[4], false);
        // Statement 1: 5+4+5+3+4 = 21 → 4.20; all 25 values sum to 101 → 4.04.
        mvc.perform(as(get(results), first.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].respondents").value(5)).andExpect(jsonPath("$[0].responseRate").value(100))
                .andExpect(jsonPath("$[0].withheld").value(false)).andExpect(jsonPath("$[0].mean").value(4.04))
                .andExpect(jsonPath("$[0].statements[0].mean").value(4.2))
                .andExpect(jsonPath("$[0].statements[0].distribution[2]").value(1))
                .andExpect(jsonPath("$[0].statements[0].distribution[4]").value(2));
        assertThat(page("/programs/" + first.program() + "/safety-pulse", first.manager())).contains("4.04");
        assertThat(PairFixture.as(first.manager(), () -> trends.of(first.program())))
                .containsExactly(new SafetyTrendPoint(1, 5, 5, 4.04));

        Person otherManager = pulse.fixture().scene().manager();
        Person admin = pulse.fixture().person(Role.ADMIN);
        Person sponsor = pulse.fixture().person(Role.SPONSOR);
        String program = "/programs/" + first.program() + "/safety-pulse";
        for (Person outsider : List.of(first.mentee(), first.mentor(), otherManager, admin, sponsor)) {
            mvc.perform(as(get("/api/v1" + program), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get("/api/v1" + program + "/flags"), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get("/api/v1" + program + "/settings"), outsider)).andExpect(status().isNotFound());
            mvc.perform(json(put("/api/v1" + program + "/settings"), outsider,
                    "{\"periodWeeks\":2,\"threshold\":3,\"version\":0}")).andExpect(status().isNotFound());
            mvc.perform(as(get(program), outsider)).andExpect(status().isNotFound());
            assertThatThrownBy(() -> PairFixture.as(outsider, () -> trends.of(first.program())))
                    .isInstanceOf(NotFoundException.class);
            mvc.perform(as(post(program + "/settings"), outsider).with(csrf()).param("periodWeeks", "2")
                    .param("threshold", "3").param("version", "0")).andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select count(*) from safety_setting where program_id = :p").param("p", first.program())
                .query(Long.class).single()).isZero();
    }

    @Test
    void settingsAreValidatedAndAStaleChangeLosesNothing() throws Exception {
        Scene scene = pulse.invited(1).get(0);
        String settings = "/api/v1/programs/" + scene.program() + "/safety-pulse/settings";
        mvc.perform(as(get(settings), scene.manager())).andExpect(status().isOk())
                .andExpect(jsonPath("$.periodWeeks").value(4)).andExpect(jsonPath("$.threshold").value(2.5))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(json(put(settings), scene.manager(), "{\"periodWeeks\":0,\"threshold\":0.5,\"version\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(json(put(settings), scene.manager(), "{\"periodWeeks\":4,\"threshold\":5.01,\"version\":0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("threshold"));
        mvc.perform(json(put(settings), scene.manager(), "{\"periodWeeks\":4,\"threshold\":3}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(as(post("/programs/" + scene.program() + "/safety-pulse/settings"), scene.manager()).with(csrf())
                .param("periodWeeks", "two").param("threshold", "3").param("version", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(put(settings), scene.manager(), "{\"periodWeeks\":2,\"threshold\":4.0,\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.threshold").value(4.0));
        mvc.perform(json(put(settings), scene.manager(), "{\"periodWeeks\":3,\"threshold\":1.5,\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(as(get(settings), scene.manager())).andExpect(jsonPath("$.periodWeeks").value(2))
                .andExpect(jsonPath("$.threshold").value(4.0));

        // At 4.0 a mean of 3.8 is low now.
        answer(scene, new int[]{4, 4, 4, 4, 3}, false);
        mvc.perform(as(get("/api/v1/programs/" + scene.program() + "/safety-pulse/flags"), scene.manager()))
                .andExpect(jsonPath("$.length()").value(1));
    }

    private void answer(Scene scene, int[] values, boolean contact) throws Exception {
        String body = "{\"statements\":[" + values[0] + "," + values[1] + "," + values[2] + "," + values[3] + ","
                + values[4] + "],\"contact\":" + contact + "}";
        mvc.perform(json(post(answer(pulse.invitationOf(scene))), scene.mentor(), body))
                .andExpect(status().isCreated());
    }

    private boolean answered(long invitation) {
        return jdbc.sql("select answered from safety_invitation where id = :id").param("id", invitation)
                .query(Boolean.class).single();
    }

    private String page(String path, Person who) throws Exception {
        return mvc.perform(as(get(path), who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String answer(long invitation) {
        return "/api/v1/me/safety-pulse/" + invitation + "/answer";
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Person who, String body) {
        return as(request, who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
