package org.flipside.program.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.program.Application;
import org.flipside.program.NewQuestion;
import org.flipside.program.Question;
import org.flipside.program.QuestionType;
import org.flipside.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {

    static final Question TEXT = new Question(1, 9, 1, QuestionType.TEXT, "Why?", List.of(), true);
    static final Question SINGLE = new Question(2, 9, 2, QuestionType.SINGLE_CHOICE, "Site", List.of("Lyon", "Paris"), true);
    static final Question MULTI = new Question(3, 9, 3, QuestionType.MULTIPLE_CHOICE, "Tools", List.of("AI", "Video", "Chat"), false);
    static final Question SCALE = new Question(4, 9, 4, QuestionType.SCALE, "Comfort", List.of(), false);
    static final List<Question> FORM = List.of(TEXT, SINGLE, MULTI, SCALE);

    @Test
    void validAnswersOfEveryTypeAreKeptAndBlankOptionalOnesDropped() {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, List<String>> clean = AnswerRules.check(FORM, new Application(Map.of(
                1L, List.of("  To learn "), 2L, List.of("Paris"), 3L, List.of("AI", "Chat"), 4L, List.of(" ")), true), problems);
        assertThat(problems).isEmpty();
        assertThat(clean).containsExactlyInAnyOrderEntriesOf(Map.of(1L, List.of("To learn"), 2L, List.of("Paris"),
                3L, List.of("AI", "Chat")));
    }

    @Test
    void requiredQuestionsAndConsent() {
        assertThat(codes(Map.of(), false)).containsExactlyInAnyOrder("answer1:answer.required",
                "answer2:answer.required", "consent:consent.required");
    }

    @Test
    void textTooLong() {
        assertThat(codes(Map.of(1L, List.of("x".repeat(4001)), 2L, List.of("Lyon")), true))
                .containsExactly("answer1:answer.tooLong");
    }

    @Test
    void singleChoiceTakesOneKnownChoice() {
        assertThat(codes(Map.of(1L, List.of("a"), 2L, List.of("Rome")), true)).containsExactly("answer2:answer.unknownChoice");
        assertThat(codes(Map.of(1L, List.of("a"), 2L, List.of("Lyon", "Paris")), true)).containsExactly("answer2:answer.single");
    }

    @Test
    void multipleChoiceTakesKnownChoicesOnce() {
        assertThat(codes(Map.of(1L, List.of("a"), 2L, List.of("Lyon"), 3L, List.of("AI", "Radio")), true))
                .containsExactly("answer3:answer.unknownChoice");
        assertThat(codes(Map.of(1L, List.of("a"), 2L, List.of("Lyon"), 3L, List.of("AI", "AI")), true))
                .containsExactly("answer3:answer.duplicate");
    }

    @Test
    void scaleTakesOneToFive() {
        for (String bad : List.of("0", "6", "3.5", "three")) {
            assertThat(codes(Map.of(1L, List.of("a"), 2L, List.of("Lyon"), 4L, List.of(bad)), true))
                    .as(bad).containsExactly("answer4:answer.scale");
        }
        assertThat(codes(Map.of(1L, List.of("a"), 2L, List.of("Lyon"), 4L, List.of("5")), true)).isEmpty();
    }

    @Test
    void answersToQuestionsNotOnTheFormAreRefused() {
        assertThat(codes(Map.of(1L, List.of("a"), 2L, List.of("Lyon"), 77L, List.of("x")), true))
                .containsExactly("answer77:answer.unknownQuestion");
    }

    @Test
    void questionsNeedTextAndChoiceQuestionsTwoDistinctChoices() {
        assertThat(AnswerRules.checkQuestion(new NewQuestion(QuestionType.TEXT, "Why?", null, true))).isEmpty();
        assertThat(AnswerRules.checkQuestion(new NewQuestion(QuestionType.SINGLE_CHOICE, " ", List.of("a"), true)))
                .extracting(FieldProblem::code).containsExactlyInAnyOrder("question.text.required", "question.choices.tooFew");
        assertThat(AnswerRules.checkQuestion(new NewQuestion(QuestionType.MULTIPLE_CHOICE, "Q", List.of("a", "a"), true)))
                .extracting(FieldProblem::code).containsExactly("question.choices.duplicate");
        assertThat(AnswerRules.checkQuestion(new NewQuestion(QuestionType.SCALE, "Q", List.of("a"), true)))
                .extracting(FieldProblem::code).containsExactly("question.choices.notAllowed");
        assertThat(AnswerRules.checkQuestion(new NewQuestion(null, "Q", null, true)))
                .extracting(FieldProblem::code).containsExactly("question.type.required");
    }

    private static List<String> codes(Map<Long, List<String>> answers, boolean consent) {
        List<FieldProblem> problems = new ArrayList<>();
        AnswerRules.check(FORM, new Application(answers, consent), problems);
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }
}
