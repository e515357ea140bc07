package org.flipside.feedback.survey.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.feedback.survey.ResultFilter;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** Turns request parameters and bodies into what the survey services take. */
final class SurveyForms {

    private SurveyForms() {
    }

    /** An API answer: {@code value} for a scale or single choice (the choice's index), {@code choices}, or text. */
    record AnswerBody(Long questionId, Integer value, List<Integer> choices, String text) {
    }

    record ResponseBody(List<AnswerBody> answers) {
    }

    record TemplateBody(String template) {
    }

    static Map<Long, List<String>> answers(ResponseBody body) {
        Map<Long, List<String>> raw = new LinkedHashMap<>();
        if (body == null || body.answers() == null) {
            return raw;
        }
        for (AnswerBody answer : body.answers()) {
            if (answer == null || answer.questionId() == null) {
                throw new InvalidInputException(FieldProblem.of("answers", "survey.answer.questionId",
                        "Every answer names its questionId."));
            }
            List<String> values = new ArrayList<>();
            if (answer.value() != null) {
                values.add(String.valueOf(answer.value()));
            }
            if (answer.choices() != null) {
                answer.choices().forEach(choice -> values.add(String.valueOf(choice)));
            }
            if (answer.text() != null) {
                values.add(answer.text());
            }
            raw.merge(answer.questionId(), values, (a, b) -> {
                List<String> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        }
        return raw;
    }

    /** Form fields {@code q<questionId>} (several for a multiple choice). */
    static Map<Long, List<String>> answers(Map<String, String[]> parameters) {
        Map<Long, List<String>> raw = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (name.matches("q\\d{1,18}")) {
                raw.put(Long.valueOf(name.substring(1)), Arrays.asList(values));
            }
        });
        return raw;
    }

    static ResultFilter filter(String side, String month, String department) {
        List<FieldProblem> problems = new ArrayList<>();
        Side chosenSide = null;
        if (side != null && !side.isBlank()) {
            try {
                chosenSide = Side.valueOf(side.strip());
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("side", "survey.results.side.invalid", "Choose MENTOR or MENTEE."));
            }
        }
        YearMonth chosenMonth = null;
        if (month != null && !month.isBlank()) {
            try {
                chosenMonth = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("month", "survey.results.month.invalid", "Give a month as YYYY-MM."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ResultFilter(chosenSide, chosenMonth,
                department == null || department.isBlank() ? null : department.strip());
    }
}
