package org.flipside.feedback.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/**
 * Checks a response against the questions of the version it answers. Values arrive as text (from a form or JSON);
 * each problem names the question's field {@code q<id>} and, in its message, the question's number.
 */
final class AnswerCheck {

    private AnswerCheck() {
    }

    static List<Answer> check(List<SurveyQuestion> questions, Map<Long, List<String>> raw) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (Long asked : raw.keySet()) {
            if (questions.stream().noneMatch(q -> q.id() == asked)) {
                problems.add(Problems.of("q" + asked, "survey.answer.unknown",
                        "This survey has no question {0}.", asked));
            }
        }
        for (SurveyQuestion question : questions) {
            List<String> values = raw.getOrDefault(question.id(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).toList();
            String field = "q" + question.id();
            if (values.isEmpty()) {
                if (question.required()) {
                    problems.add(Problems.of(field, "survey.answer.required",
                            "Question {0} needs an answer.", question.place()));
                }
                continue;
            }
            Answer answer = answer(question, values, field, problems);
            if (answer != null) {
                answers.add(answer);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return answers;
    }

    private static Answer answer(SurveyQuestion question, List<String> values, String field,
                                 List<FieldProblem> problems) {
        QuestionKind kind = question.kind();
        if (kind == QuestionKind.FREE_TEXT) {
            String text = String.join("\n", values).strip();
            int max = question.maxLength() == null ? SurveyCheck.ANSWER_DEFAULT : question.maxLength();
            if (text.length() > max) {
                problems.add(Problems.of(field, "survey.answer.long",
                        "The answer to question {0} has at most {1} characters.", question.place(), max));
                return null;
            }
            return new Answer(question.id(), null, null, text);
        }
        if (kind != QuestionKind.MULTIPLE_CHOICE && values.size() > 1) {
            problems.add(Problems.of(field, "survey.answer.one", "Question {0} takes one answer.",
                    question.place()));
            return null;
        }
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String value : values) {
            Integer number = number(value.strip());
            int low = kind.scale() ? kind.low() : 0;
            int high = kind.scale() ? kind.high() : question.choices().size() - 1;
            if (number == null || number < low || number > high) {
                problems.add(kind.scale()
                        ? Problems.of(field, "survey.answer.range",
                                "The answer to question {0} is a whole number from {1} to {2}.", question.place(),
                                low, high)
                        : Problems.of(field, "survey.answer.choice",
                                "Question {0} offers no such choice.", question.place()));
                return null;
            }
            numbers.add(number);
        }
        if (kind == QuestionKind.MULTIPLE_CHOICE) {
            return new Answer(question.id(), null, List.copyOf(numbers), null);
        }
        return new Answer(question.id(), numbers.first(), null, null);
    }

    private static Integer number(String value) {
        if (value.isEmpty() || value.length() > 3 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
