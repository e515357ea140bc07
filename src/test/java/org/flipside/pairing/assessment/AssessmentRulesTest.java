package org.flipside.pairing.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {

    static final List<String> ITEMS = List.of("skill:prompt-writing", "growth:speaking-up");

    @Test
    void ratingsInTheListOrderWithCommentsTrimmed() {
        List<RatingInput> checked = AssessmentRules.check(ITEMS, List.of(
                new RatingInput("growth:speaking-up", 5, "  "),
                new RatingInput(" skill:prompt-writing ", 1, "  first steps ")));
        assertThat(checked).containsExactly(new RatingInput("skill:prompt-writing", 1, "first steps"),
                new RatingInput("growth:speaking-up", 5, null));
    }

    @Test
    void onlyWholeRatingsFromOneToFive() {
        for (int rating : new int[] {0, 6, -1}) {
            assertThat(problems(List.of(new RatingInput("skill:prompt-writing", rating, null),
                    new RatingInput("growth:speaking-up", 3, null))))
                    .extracting(FieldProblem::code).containsExactly("pair.assessment.rating.range");
        }
    }

    @Test
    void everyItemOnceAndNothingElseWithEachProblemOnItsField() {
        List<FieldProblem> problems = problems(List.of(
                new RatingInput("skill:prompt-writing", 3, "x".repeat(AssessmentRules.MAX_COMMENT + 1)),
                new RatingInput("skill:prompt-writing", 2, null),
                new RatingInput("skill:delegation", 4, null)));
        assertThat(problems).extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("rating-skill:prompt-writing", "pair.assessment.item.twice"),
                org.assertj.core.groups.Tuple.tuple("rating-skill:delegation", "pair.assessment.item.unknown"),
                org.assertj.core.groups.Tuple.tuple("comment-skill:prompt-writing", "pair.assessment.comment.length"),
                org.assertj.core.groups.Tuple.tuple("rating-growth:speaking-up", "pair.assessment.rating.missing"));
        assertThat(problems(null)).hasSize(2);
    }

    private static List<FieldProblem> problems(List<RatingInput> inputs) {
        InvalidInputException refused = (InvalidInputException) org.assertj.core.api.Assertions
                .catchThrowable(() -> AssessmentRules.check(ITEMS, inputs));
        assertThat(refused).isNotNull();
        return refused.problems();
    }

    @Test
    void aNullRatingInTheListIsMissing() {
        assertThatThrownBy(() -> AssessmentRules.check(ITEMS, List.of(new RatingInput("skill:prompt-writing", null,
                null), new RatingInput("growth:speaking-up", 2, null)))).isInstanceOf(InvalidInputException.class);
    }
}
