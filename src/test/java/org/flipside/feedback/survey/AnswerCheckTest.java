package org.flipside.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Every kind of question checks its answer, and a response is refused with every problem named by question. */
class AnswerCheckTest {

    private static final List<SurveyQuestion> QUESTIONS = List.of(
            new SurveyQuestion(11, 1, null, QuestionKind.AGREEMENT, "Agree?", true, null, List.of()),
            new SurveyQuestion(12, 2, null, QuestionKind.LIKELIHOOD, "Likely?", true, null, List.of()),
            new SurveyQuestion(13, 3, null, QuestionKind.SINGLE_CHOICE, "One", true, null, List.of("a", "b")),
            new SurveyQuestion(14, 4, null, QuestionKind.MULTIPLE_CHOICE, "Many", false, null, List.of("a", "b", "c")),
            new SurveyQuestion(15, 5, null, QuestionKind.FREE_TEXT, "Say", false, 10, List.of()));

    @Test
    void goodAnswersOfEveryKindAreKept() {
        List<Answer> answers = AnswerCheck.check(QUESTIONS, Map.of(11L, List.of("5"), 12L, List.of("0"),
                13L, List.of("1"), 14L, List.of("2", "0"), 15L, List.of(" short ")));

        assertThat(answers).containsExactly(new Answer(11, 5, null, null), new Answer(12, 0, null, null),
                new Answer(13, 1, null, null), new Answer(14, null, List.of(0, 2), null),
                new Answer(15, null, null, "short"));
    }

    @Test
    void everyBadAnswerIsNamedByItsQuestion() {
        assertThatThrownBy(() -> AnswerCheck.check(QUESTIONS, Map.of(11L, List.of("0"), 12L, List.of("11"),
                14L, List.of("3"), 15L, List.of("much too long"), 99L, List.of("1"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::defaultMessage).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("q99", "This survey has no question 99."),
                                org.assertj.core.groups.Tuple.tuple("q11",
                                        "The answer to question 1 is a whole number from 1 to 5."),
                                org.assertj.core.groups.Tuple.tuple("q12",
                                        "The answer to question 2 is a whole number from 0 to 10."),
                                org.assertj.core.groups.Tuple.tuple("q13", "Question 3 needs an answer."),
                                org.assertj.core.groups.Tuple.tuple("q14", "Question 4 offers no such choice."),
                                org.assertj.core.groups.Tuple.tuple("q15",
                                        "The answer to question 5 has at most 10 characters.")));
    }

    @Test
    void aSingleChoiceTakesOneAnswerAndNumbersMustBeNumbers() {
        assertThatThrownBy(() -> AnswerCheck.check(QUESTIONS, Map.of(11L, List.of("x"), 12L, List.of("3"),
                13L, List.of("0", "1"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("q11", "q13"));
    }
}
