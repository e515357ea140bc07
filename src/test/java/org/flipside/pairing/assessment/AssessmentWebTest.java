package org.flipside.pairing.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;
import static org.flipside.pairing.assessment.AssessmentJson.ratings;
import static org.flipside.pairing.assessment.AssessmentJson.ratingsWithVersion;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.PairProfiles;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.ProgramTestUsers;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.testing.Race;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Self-assessments over the API and the workspace tab: the items are fixed by the starting assessment, each phase is
 * given once, ratings are 1 to 5, a stale correction changes nothing, and only the pair's people and its program's
 * managers learn anything. What each of them sees is in {@link AssessmentVisibilityWebTest}.
 */
class AssessmentWebTest extends WebTestBase {

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
    AssessmentService assessments;
    @Autowired
    JdbcClient jdbc;

    PairFixture fixture;
    PairProfiles profiles;
    Scene scene;

    @BeforeEach
    void aPairWithSkillsToWorkOn() {
        fixture = new PairFixture(jdbc, accountDirectory, directory, programs, pairs);
        profiles = new PairProfiles(jdbc);
        scene = fixture.scene();
        profiles.skills(scene.menteeParticipant(), "WANTED", "prompt-writing", "ai-risks");
        profiles.skills(scene.mentorParticipant(), "OFFERED", "video-meetings");
        profiles.skills(scene.mentorParticipant(), "WANTED", "storytelling");
    }

    @Test
    void eachSideRatesWhatThePairWorksOnAndTheItemsAreFixedByTheStartingAssessment() throws Exception {
        read(scene.mentee()).andExpect(jsonPath("$.sides[0].proposed[*].item").value(
                        org.hamcrest.Matchers.contains(AI_RISKS, PROMPTS)))
                .andExpect(jsonPath("$.sides[0].proposed[1].name").value("Writing good prompts"))
                .andExpect(jsonPath("$.sides[1].proposed.length()").value(0));
        read(scene.mentor()).andExpect(jsonPath("$.sides[1].proposed[*].item").value(org.hamcrest.Matchers.contains(
                "skill:storytelling", "growth:speaking-up", "growth:explaining-to-executives",
                "growth:understanding-strategy", "growth:feedback-upward", "growth:leading-a-conversation")))
                .andExpect(jsonPath("$.sides[1].proposed[1].name").value("Speaking up in front of senior leaders"));

        submit(scene.mentee(), "pre", ratings(PROMPTS, 2, AI_RISKS, 1)).andExpect(status().isCreated());
        profiles.skills(scene.menteeParticipant(), "WANTED", "data-privacy");

        read(scene.mentee()).andExpect(jsonPath("$.sides[0].pre.ratings.length()").value(2))
                .andExpect(jsonPath("$.sides[0].canSubmitPost").value(true));
        submit(scene.mentee(), "post", ratings(PROMPTS, 4, AI_RISKS, 3, "skill:data-privacy", 2))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("pair.assessment.item.unknown"));
        submit(scene.mentee(), "post", ratings(PROMPTS, 4, AI_RISKS, 3)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.sides[0].changes[1].item").value(PROMPTS))
                .andExpect(jsonPath("$.sides[0].changes[1].pre").value(2))
                .andExpect(jsonPath("$.sides[0].changes[1].post").value(4));
    }

    @Test
    void aMenteeWhoNamedNoSkillsRatesWhatTheirMentorOffers() throws Exception {
        Scene other = fixture.pairIn(scene.program(), scene.manager());
        profiles.skills(other.mentorParticipant(), "OFFERED", "video-meetings", "async-work");
        mvc.perform(as(get("/api/v1/pairs/" + other.pairId() + "/assessments"), other.mentee()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sides[0].proposed[*].item").value(
                        org.hamcrest.Matchers.contains("skill:async-work", "skill:video-meetings")));
    }

    @Test
    void eachPhaseIsGivenOnceWithRatingsFromOneToFiveAndBadInputChangesNothing() throws Exception {
        submit(scene.mentee(), "pre", ratings(PROMPTS, 0, AI_RISKS, 6)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rating-" + AI_RISKS))
                .andExpect(jsonPath("$.errors[0].code").value("pair.assessment.rating.range"))
                .andExpect(jsonPath("$.errors[1].field").value("rating-" + PROMPTS));
        submit(scene.mentee(), "pre", "{\"ratings\": [{\"item\": \"" + PROMPTS + "\", \"rating\": 3}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rating-" + AI_RISKS))
                .andExpect(jsonPath("$.errors[0].code").value("pair.assessment.rating.missing"));
        submit(scene.mentee(), "pre", "{\"ratings\": [{\"item\": \"" + PROMPTS + "\", \"rating\": 3, \"comment\": \""
                + "x".repeat(501) + "\"}, {\"item\": \"" + AI_RISKS + "\", \"rating\": 3}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment-" + PROMPTS));
        submit(scene.mentee(), "later", ratings(PROMPTS, 3, AI_RISKS, 3)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phase"));
        assertThat(stored()).isZero();

        submit(scene.mentor(), "post", ratings("skill:storytelling", 3)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("pair.assessment.preFirst"));
        submit(scene.mentee(), "pre", ratings(PROMPTS, 3, AI_RISKS, 2)).andExpect(status().isCreated());
        submit(scene.mentee(), "pre", ratings(PROMPTS, 5, AI_RISKS, 5)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("pair.assessment.submitted"));
        assertThat(stored()).isEqualTo(1);
        read(scene.mentee()).andExpect(jsonPath("$.sides[0].pre.ratings[1].rating").value(3));
    }


    @Test
    void aStaleCorrectionIsRefusedAndChangesNothing() throws Exception {
        submit(scene.mentee(), "pre", ratings(PROMPTS, 2, AI_RISKS, 2)).andExpect(status().isCreated());
        mvc.perform(as(put("/api/v1/pairs/" + scene.pairId() + "/assessments/pre"), scene.mentee())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ratingsWithVersion(0, PROMPTS, 3, AI_RISKS, 2)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sides[0].pre.version").value(1));
        mvc.perform(as(put("/api/v1/pairs/" + scene.pairId() + "/assessments/pre"), scene.mentee())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ratingsWithVersion(0, PROMPTS, 5, AI_RISKS, 5)))
                .andExpect(status().isConflict());
        read(scene.mentee()).andExpect(jsonPath("$.sides[0].pre.ratings[1].rating").value(3))
                .andExpect(jsonPath("$.sides[0].pre.ratings[0].rating").value(2));

        // The page reports it too and keeps the saved answers.
        mvc.perform(as(post("/pairs/" + scene.pairId() + "/assessment/pre"), scene.mentee()).with(csrf())
                        .param("item", PROMPTS, AI_RISKS).param("rating-" + PROMPTS, "1")
                        .param("rating-" + AI_RISKS, "1").param("version", "0"))
                .andExpect(status().isFound());
        read(scene.mentee()).andExpect(jsonPath("$.sides[0].pre.ratings[1].rating").value(3));
    }

    @Test
    void theTabRendersForThePeopleAndTheManagerAndTheFormNamesWhatIsMissing() throws Exception {
        String own = page(scene.mentee());
        assertThat(mvc.perform(as(get("/pairs/" + scene.pairId()), scene.mentee())).andReturn().getResponse()
                .getContentAsString()).contains("Rate yourself on what this pair works on before you start");
        assertThat(own).contains("Submit my starting self-assessment").contains("Writing good prompts")
                .contains("name=\"rating-" + PROMPTS + "\"");
        assertThat(page(scene.mentor())).contains("Speaking up in front of senior leaders");
        assertThat(page(scene.manager())).contains("You see both people").doesNotContain("Submit my starting");

        String refused = mvc.perform(as(post("/pairs/" + scene.pairId() + "/assessment/pre"), scene.mentee())
                        .with(csrf()).param("item", PROMPTS, AI_RISKS).param("rating-" + PROMPTS, "4"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Risks of AI: bias, errors and confidentiality: Choose a rating from 1 to 5.");
        assertThat(stored()).isZero();

        mvc.perform(as(post("/pairs/" + scene.pairId() + "/assessment/pre"), scene.mentee()).with(csrf())
                        .param("item", PROMPTS, AI_RISKS).param("rating-" + PROMPTS, "4")
                        .param("rating-" + AI_RISKS, "2").param("comment-" + AI_RISKS, "Read two articles"))
                .andExpect(status().isFound());
        String after = page(scene.mentee());
        assertThat(after).doesNotContain("Rate yourself on what this pair works on before you start")
                .contains("Starting self-assessment: submitted").contains("Read two articles")
                .contains("<meter").contains("Writing good prompts: 4 of 5 at the start");
    }

    @Test
    void nobodyElseLearnsAnythingAndManagersCannotAnswer() throws Exception {
        Person stranger = fixture.person(Role.EMPLOYEE);
        Person admin = fixture.person(Role.ADMIN);
        Person otherManager = fixture.person(Role.PROGRAM_MANAGER);
        for (Person outsider : List.of(stranger, admin, otherManager)) {
            mvc.perform(as(get("/pairs/" + scene.pairId() + "/assessment"), outsider))
                    .andExpect(status().isNotFound());
            read(outsider).andExpect(status().isNotFound());
            submit(outsider, "pre", ratings(PROMPTS, 3, AI_RISKS, 3)).andExpect(status().isNotFound());
        }
        submit(scene.manager(), "pre", ratings(PROMPTS, 3, AI_RISKS, 3)).andExpect(status().isNotFound());
        mvc.perform(as(post("/pairs/" + scene.pairId() + "/assessment/pre"), scene.manager()).with(csrf())
                .param("item", PROMPTS).param("rating-" + PROMPTS, "3")).andExpect(status().isNotFound());
        mvc.perform(as(get("/api/v1/pairs/999999999/assessments"), scene.mentee()))
                .andExpect(status().isNotFound());
        assertThat(stored()).isZero();
    }


    @Test
    void twoWindowsSubmittingAndCorrectingAtOnceSaveOneAnswer() throws Exception {
        List<RatingInput> first = List.of(new RatingInput(PROMPTS, 2, null), new RatingInput(AI_RISKS, 2, null));
        List<RatingInput> second = List.of(new RatingInput(PROMPTS, 5, null), new RatingInput(AI_RISKS, 5, null));
        List<String> submitted = Race.run(contender(() -> assessments.submit(scene.pairId(), Phase.PRE, first)),
                contender(() -> assessments.submit(scene.pairId(), Phase.PRE, second)));
        assertThat(submitted).containsExactlyInAnyOrder("saved", "pair.assessment.submitted");
        assertThat(stored()).isEqualTo(1);

        List<String> corrected = Race.run(
                contender(() -> assessments.correct(scene.pairId(), Phase.PRE, first, 0)),
                contender(() -> assessments.correct(scene.pairId(), Phase.PRE, second, 0)));
        assertThat(corrected).containsExactlyInAnyOrder("saved", "stale");
        assertThat(jdbc.sql("select version from pair_assessment where pair_id = :p").param("p", scene.pairId())
                .query(Long.class).single()).isEqualTo(1);
    }

    private Race.Contender<String> contender(Runnable step) {
        return new Race.Contender<>(() -> ProgramTestUsers.actAs(scene.mentee().auth()), () -> {
            try {
                step.run();
                return "saved";
            } catch (RuleViolationException e) {
                return e.code();
            } catch (StaleEditException e) {
                return "stale";
            }
        });
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

    private long stored() {
        return jdbc.sql("select count(*) from pair_assessment where pair_id = :p").param("p", scene.pairId())
                .query(Long.class).single();
    }
}
