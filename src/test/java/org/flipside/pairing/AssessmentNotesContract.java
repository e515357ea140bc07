package org.flipside.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.pairing.PairFixture.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.assessment.AssessmentService;
import org.flipside.pairing.assessment.AssessmentView;
import org.flipside.pairing.assessment.ItemRating;
import org.flipside.pairing.assessment.Phase;
import org.flipside.pairing.assessment.RatingInput;
import org.flipside.pairing.note.PrivateNote;
import org.flipside.pairing.note.PrivateNotes;
import org.flipside.pairing.record.PairRecord;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.testing.Race;
import org.flipside.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Self-assessments, private notes and the pair record against each database: what is stored comes back in order,
 * versions guard corrections and edits, two submissions of one phase at the same instant keep one, and notes are
 * found only by their author.
 */
abstract class AssessmentNotesContract {

    static final String PROMPTS = "skill:prompt-writing";
    static final String AI_RISKS = "skill:ai-risks";

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
    @Autowired
    AssessmentService assessments;
    @Autowired
    AssessmentResults results;
    @Autowired
    PrivateNotes notes;
    @Autowired
    PairRecord record;
    @Autowired
    TestClock clock;

    Scene scene;

    @BeforeEach
    void aPairWithSkills() {
        scene = new PairFixture(jdbc, accounts, directory, programs, pairs).scene();
        new PairProfiles(jdbc).skills(scene.menteeParticipant(), "WANTED", "prompt-writing", "ai-risks");
    }

    @Test
    void anAssessmentComesBackAsSubmittedAndACorrectionNeedsTheVersionRead() {
        as(scene.mentee(), () -> assessments.submit(scene.pairId(), Phase.PRE,
                List.of(new RatingInput(PROMPTS, 2, "Some practice"), new RatingInput(AI_RISKS, 1, null))));
        AssessmentView corrected = as(scene.mentee(), () -> assessments.correct(scene.pairId(), Phase.PRE,
                List.of(new RatingInput(PROMPTS, 3, "More practice"), new RatingInput(AI_RISKS, 1, null)), 0));
        assertThat(corrected.sides().get(0).pre().version()).isEqualTo(1);
        assertThat(corrected.sides().get(0).pre().ratings()).containsExactly(
                new ItemRating(AI_RISKS, "Risks of AI: bias, errors and confidentiality", 1, null),
                new ItemRating(PROMPTS, "Writing good prompts", 3, "More practice"));
        assertThatThrownBy(() -> as(scene.mentee(), () -> assessments.correct(scene.pairId(), Phase.PRE,
                List.of(new RatingInput(PROMPTS, 5, null), new RatingInput(AI_RISKS, 5, null)), 0)))
                .isInstanceOf(StaleEditException.class);

        as(scene.mentee(), () -> assessments.submit(scene.pairId(), Phase.POST,
                List.of(new RatingInput(PROMPTS, 5, null), new RatingInput(AI_RISKS, 2, null))));
        AssessmentView managers = as(scene.manager(), () -> assessments.view(scene.pairId()));
        assertThat(managers.sides().get(0).post().ratings()).extracting(ItemRating::rating).containsExactly(2, 5);
        List<AssessmentResult> evidence = as(scene.manager(), () -> results.ofProgram(scene.program()));
        assertThat(evidence).hasSize(1);
        assertThat(evidence.get(0).participantId()).isEqualTo(scene.menteeParticipant());
        assertThat(evidence.get(0).items()).extracting(AssessmentResult.ItemResult::change).containsExactly(1, 2);
    }

    @Test
    void twoSubmissionsOfOnePhaseAtOnceKeepOne() throws Exception {
        List<String> outcomes = Race.run(submitting(2), submitting(5));
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "pair.assessment.submitted");
        assertThat(jdbc.sql("select count(*) from pair_assessment where pair_id = :p").param("p", scene.pairId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void notesAreTheirAuthorsNewestFirstWithVersionedEdits() {
        PrivateNote first = as(scene.mentor(), () -> notes.create(scene.pairId(), "First thought"));
        clock.advance(Duration.ofSeconds(5));
        PrivateNote second = as(scene.mentor(), () -> notes.create(scene.pairId(), "Second thought"));
        assertThat(as(scene.mentor(), () -> notes.mine(scene.pairId()))).extracting(PrivateNote::id)
                .containsExactly(second.id(), first.id());

        PrivateNote edited = as(scene.mentor(), () -> notes.update(scene.pairId(), first.id(), "First, revised", 0));
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.body()).isEqualTo("First, revised");
        assertThatThrownBy(() -> as(scene.mentor(), () -> notes.update(scene.pairId(), first.id(), "lost?", 0)))
                .isInstanceOf(StaleEditException.class);

        assertThat(as(scene.mentee(), () -> notes.mine(scene.pairId()))).isEmpty();
        assertThatThrownBy(() -> as(scene.mentee(), () -> notes.get(scene.pairId(), first.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(scene.manager(), () -> notes.mine(scene.pairId())))
                .isInstanceOf(NotFoundException.class);

        String csv = new String(as(scene.manager(), () -> record.csv(scene.pairId())).content(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Pair record").doesNotContain("thought").doesNotContain("revised");

        as(scene.mentor(), () -> {
            notes.delete(scene.pairId(), second.id());
            return null;
        });
        assertThat(as(scene.mentor(), () -> notes.mine(scene.pairId()))).extracting(PrivateNote::id)
                .containsExactly(first.id());
    }

    private Race.Contender<String> submitting(int rating) {
        return new Race.Contender<>(() -> ProgramTestUsers.actAs(scene.mentee().auth()), () -> {
            try {
                assessments.submit(scene.pairId(), Phase.PRE,
                        List.of(new RatingInput(PROMPTS, rating, null), new RatingInput(AI_RISKS, rating, null)));
                return "saved";
            } catch (RuleViolationException e) {
                return e.code();
            }
        });
    }
}
