package org.flipside.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/**
 * The pair workspace over the pages and the API: its two people and its program's managers see it (a manager's look
 * is audited); everyone else, administrators and other programs' managers included, is told it does not exist.
 */
class PairWorkspaceWebTest extends WebTestBase {

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
    void aPairFormedByHand() {
        fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        scene = fixture.scene();
    }

    @Test
    void bothPeopleSeeTheirPairOnTheirListAndInTheWorkspace() throws Exception {
        for (Person member : List.of(scene.mentee(), scene.mentor())) {
            String mine = mvc.perform(as(get("/me/pairs"), member)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(mine).contains("/pairs/" + scene.pairId());
            String page = mvc.perform(as(get("/pairs/" + scene.pairId()), member)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Name " + scene.mentee().employeeNumber())
                    .contains("Name " + scene.mentor().employeeNumber()).contains("Paired by a program manager")
                    .contains("My private notes");
            mvc.perform(as(get("/api/v1/me/pairs"), member)).andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].id").value(scene.pairId()));
            mvc.perform(as(get("/api/v1/pairs/" + scene.pairId()), member)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("ACTIVE"))
                    .andExpect(jsonPath("$.origin").value("MANUAL"));
        }
    }

    @Test
    void theManagerSeesThePairWithoutThePrivateTabAndTheLookIsAudited() throws Exception {
        long before = auditCount(scene.manager().username(), "PAIR_WORKSPACE_OPENED", String.valueOf(scene.pairId()));
        String page = mvc.perform(as(get("/pairs/" + scene.pairId()), scene.manager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("My private notes");
        mvc.perform(as(get("/api/v1/pairs/" + scene.pairId()), scene.manager())).andExpect(status().isOk());

        assertThat(auditCount(scene.manager().username(), "PAIR_WORKSPACE_OPENED", String.valueOf(scene.pairId())))
                .isEqualTo(before + 2);
        String list = mvc.perform(as(get("/programs/" + scene.program() + "/pairs"), scene.manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/pairs/" + scene.pairId());
        mvc.perform(as(get("/api/v1/programs/" + scene.program() + "/pairs"), scene.manager()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void nobodyElseLearnsThePairExists() throws Exception {
        Person stranger = fixture.person(Role.EMPLOYEE);
        Person admin = fixture.person(Role.ADMIN);
        Person otherManager = fixture.person(Role.PROGRAM_MANAGER);
        for (Person outsider : List.of(stranger, admin, otherManager)) {
            mvc.perform(as(get("/pairs/" + scene.pairId()), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get("/api/v1/pairs/" + scene.pairId()), outsider)).andExpect(status().isNotFound());
            mvc.perform(as(get("/api/v1/me/pairs"), outsider)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(0));
        }
        mvc.perform(as(get("/api/v1/programs/" + scene.program() + "/pairs"), otherManager))
                .andExpect(status().isForbidden());
        mvc.perform(as(get("/api/v1/pairs/999999999"), scene.mentee())).andExpect(status().isNotFound());
    }

    @Test
    void aManagerPairsTwoPeopleByHandOnThePageAndOverTheApi() throws Exception {
        Person mentee = fixture.senior(Role.EMPLOYEE);
        Person mentor = fixture.person(Role.EMPLOYEE);
        long menteeId = fixture.participant(scene.program(), mentee, "MENTEE");
        long mentorId = fixture.participant(scene.program(), mentor, "MENTOR");
        String form = mvc.perform(as(get("/programs/" + scene.program() + "/pairs/new"), scene.manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + menteeId + "\"").contains("value=\"" + mentorId + "\"");

        mvc.perform(as(get("/programs/" + scene.program() + "/pairs/new"), fixture.person(Role.PROGRAM_MANAGER)))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/programs/" + scene.program() + "/pairs"), scene.manager()).with(csrf())
                        .param("mentee", String.valueOf(menteeId)).param("mentor", String.valueOf(mentorId)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/programs/" + scene.program() + "/pairs"));
        long formed = jdbc.sql("select count(*) from mentoring_pair where mentee_participant_id = :m")
                .param("m", menteeId).query(Long.class).single();
        assertThat(formed).isEqualTo(1);
        assertThat(jdbc.sql("select origin || '/' || state from mentor_match where mentee_participant_id = :m")
                .param("m", menteeId).query(String.class).single()).isEqualTo("MANUAL/CONFIRMED");

        // The mentee has a pair now: a second one for them is refused and changes nothing.
        Person another = fixture.person(Role.EMPLOYEE);
        long anotherMentor = fixture.participant(scene.program(), another, "MENTOR");
        mvc.perform(as(post("/api/v1/programs/" + scene.program() + "/pairs"), scene.manager())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"menteeParticipantId\": %d, \"mentorParticipantId\": %d}"
                                .formatted(menteeId, anotherMentor)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("matching.seat.menteeTaken"));
        assertThat(jdbc.sql("select count(*) from mentoring_pair where mentee_participant_id = :m")
                .param("m", menteeId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void pairingByHandNamesWhatIsWrongWithTheInput() throws Exception {
        mvc.perform(as(post("/api/v1/programs/" + scene.program() + "/pairs"), scene.manager())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"menteeParticipantId\": 5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mentorParticipantId"));
        // Two mentees: the "mentor" is not an approved mentor of the program.
        mvc.perform(as(post("/api/v1/programs/" + scene.program() + "/pairs"), scene.manager())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"menteeParticipantId\": %d, \"mentorParticipantId\": %d}"
                                .formatted(scene.menteeParticipant(), scene.menteeParticipant())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'mentor')].code").value("matching.manual.notMentor"));
        mvc.perform(as(post("/programs/" + scene.program() + "/pairs"), scene.manager()).with(csrf())
                        .param("mentee", "abc").param("mentor", ""))
                .andExpect(status().isFound());
    }
}
