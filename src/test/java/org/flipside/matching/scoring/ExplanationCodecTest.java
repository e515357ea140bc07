package org.flipside.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.matching.scoring.CohortScoringTest.dana;
import static org.flipside.matching.scoring.CohortScoringTest.sam;
import static org.flipside.matching.scoring.HardConstraintTest.cohort;
import static org.flipside.matching.scoring.HardConstraintTest.none;

import java.util.ArrayList;
import java.util.List;
import org.flipside.matching.settings.Criterion;
import org.junit.jupiter.api.Test;

class ExplanationCodecTest {

    @Test
    void anExplanationSurvivesTheRoundTripWithEveryReasonArgument() {
        Explanation explanation = cohort(dana(), sam(), CohortScoringTest.settings(), none()).explain(0, 0);

        String json = ExplanationCodec.write(explanation);

        assertThat(ExplanationCodec.read(json)).isEqualTo(explanation);
        assertThat(json.length()).isLessThan(ExplanationCodec.MAX_LENGTH);
    }

    @Test
    void aBlockedPairKeepsItsBlockAndCriterion() {
        Someone dana = dana();
        dana.doNotMatch.add("E2");
        Explanation blocked = cohort(dana, sam(), CohortScoringTest.settings(), none()).explain(0, 0);
        Explanation mustHave = new Explanation(-1, List.of(),
                new Block(Constraint.MUST_HAVE, Criterion.LANGUAGE));

        assertThat(ExplanationCodec.read(ExplanationCodec.write(blocked))).isEqualTo(blocked);
        assertThat(ExplanationCodec.read(ExplanationCodec.write(mustHave))).isEqualTo(mustHave);
    }

    @Test
    void aVeryLongExplanationIsShortenedToFitTheColumn() {
        List<CriterionScore> criteria = new ArrayList<>();
        String longText = "x".repeat(700);
        for (Criterion criterion : Criterion.values()) {
            criteria.add(new CriterionScore(criterion, 1, 50, 45, Reason.of("matching.reason.answers", 50,
                    List.of(longText, longText, Term.of("matching.answer.scale", longText, 50)))));
        }

        String json = ExplanationCodec.write(new Explanation(500, criteria, null));

        assertThat(json.length()).isLessThanOrEqualTo(ExplanationCodec.MAX_LENGTH);
        assertThat(ExplanationCodec.read(json).criteria()).hasSize(11);
    }
}
