package org.flipside.pairing.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.pairing.PairFixture.as;
import static org.flipside.pairing.assessment.AssessmentJson.mentorRatings;
import static org.flipside.pairing.assessment.AssessmentJson.ratings;
import static org.flipside.pairing.assessment.AssessmentJson.ratingsWithVersion;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.AssessmentResult;
import org.flipside.pairing.AssessmentResults;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.PairProfiles;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.NotFoundException;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Who sees which self-assessment: a person their own, the partner's of a phase once both gave it, the managers both
 * (and the results for the program); and when the closing assessment is due.
 */
class AssessmentVisibilityWebTest extends WebTestBase {

    static final String PROMPTS = "skill:prompt-writing";
    static final String AI_RISKS = "skill:ai-risks";

    @Autowired
    Accounts accountDirectory;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    AssessmentResults results;
    @Autowired
    JdbcClient jdbc;

    PairFixture fixture;
    Scene scene;

    @BeforeEach
    void aPairWithSkillsToWorkOn() {
        fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        scene = fixture.scene();
        PairProfiles profiles = new PairProfiles(jdbc);
        profiles.skills(scene.menteeParticipant(), "WANTED", "prompt-writing", "ai-risks");
        profiles.skills(scene.mentorParticipant(), "WANTED", "storytelling");
    }

    @Test
    void thePartnerSeesAPhaseOnlyOnceBothGaveItAndManagersSeeBoth() throws Exception {
        String comment = "Still unsure " + scene.pairId();
        submit(scene.mentee(), "pre", "{\"ratings\": [{\"item\": \"" + PROMPTS + "\", \"rating\": 2, \"comment\": \""
                + comment + "\"}, {\"item\": \"" + AI_RISKS + "\", \"rating\": 1}]}").andExpect(status().isCreated());

        read(scene.mentor()).andExpect(jsonPath("$.sides[0].preSubmitted").value(true))
                .andExpect(jsonPath("$.sides[0].pre").doesNotExist())
                .andExpect(jsonPath("$.sides[0].changes.length()").value(0));
        assertThat(page(scene.mentor())).doesNotContain(comment).contains("has submitted; you see their answers");
        read(scene.manager()).andExpect(jsonPath("$.sides[0].pre.ratings[1].comment").value(comment));
        assertThat(page(scene.manager())).contains(comment);

        submit(scene.mentor(), "pre", mentorRatings(3)).andExpect(status().isCreated());
        read(scene.mentor()).andExpect(jsonPath("$.sides[0].pre.ratings[1].rating").value(2));
        read(scene.mentee()).andExpect(jsonPath("$.sides[1].pre.ratings[0].item").value("skill:storytelling"));
        assertThat(page(scene.mentor())).contains(comment);

        // Both answered: neither may change their starting answers now.
        mvc.perform(as(put("/api/v1/pairs/" + scene.pairId() + "/assessments/pre"), scene.mentee())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ratingsWithVersion(0, PROMPTS, 4, AI_RISKS, 4)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("pair.assessment.final"));

        // The closing phase follows the same rule.
        submit(scene.mentee(), "post", ratings(PROMPTS, 4, AI_RISKS, 3)).andExpect(status().isCreated());
        read(scene.mentor()).andExpect(jsonPath("$.sides[0].post").doesNotExist())
                .andExpect(jsonPath("$.sides[0].changes[0].post").doesNotExist());
        read(scene.manager()).andExpect(jsonPath("$.sides[0].changes[1].post").value(4));

        List<AssessmentResult> evidence = as(scene.manager(), () -> results.ofProgram(scene.program()));
        assertThat(evidence).extracting(AssessmentResult::side).containsExactly(Side.MENTEE, Side.MENTOR);
        assertThat(evidence.get(0).items()).extracting(AssessmentResult.ItemResult::change).containsExactly(2, 2);
        assertThat(evidence.get(1).items().get(0).post()).isNull();
        for (Person outsider : List.of(scene.mentee(), fixture.person(Role.PROGRAM_MANAGER))) {
            assertThatThrownBy(() -> as(outsider, () -> results.ofProgram(scene.program())))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void theClosingAssessmentIsDueWhenTheProgramEndsAndAClosedPairTakesNoStartingOne() throws Exception {
        submit(scene.mentee(), "pre", ratings(PROMPTS, 2, AI_RISKS, 2)).andExpect(status().isCreated());
        read(scene.mentee()).andExpect(jsonPath("$.postDue").value(false));
        assertThat(page(scene.mentee())).contains("You may give it earlier");

        java.time.LocalDate yesterday = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)
                .minusDays(1);
        jdbc.sql("update program set start_date = :start, end_date = :end where id = :id")
                .param("start", yesterday.minusMonths(6)).param("end", yesterday).param("id", scene.program()).update();
        read(scene.mentee()).andExpect(jsonPath("$.postDue").value(true));
        String due = mvc.perform(as(get("/pairs/" + scene.pairId()), scene.mentee())).andReturn().getResponse()
                .getContentAsString();
        assertThat(due).contains("Your pair is coming to an end");

        jdbc.sql("update mentoring_pair set state = 'COMPLETED' where id = :id").param("id", scene.pairId()).update();
        submit(scene.mentor(), "pre", mentorRatings(3)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("pair.assessment.closed"));
        submit(scene.mentee(), "post", ratings(PROMPTS, 3, AI_RISKS, 4)).andExpect(status().isCreated());
    }

    private ResultActions read(Person person) throws Exception {
        return mvc.perform(as(get("/api/v1/pairs/" + scene.pairId() + "/assessments"), person));
    }

    private String page(Person person) throws Exception {
        return mvc.perform(as(get("/pairs/" + scene.pairId() + "/assessment"), person)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private ResultActions submit(Person person, String phase, String body) throws Exception {
        return mvc.perform(as(post("/api/v1/pairs/" + scene.pairId() + "/assessments/" + phase), person)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
