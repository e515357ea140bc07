package org.flipside.feedback.survey.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.flipside.feedback.survey.Audience;
import org.flipside.feedback.survey.QuestionDraft;
import org.flipside.feedback.survey.QuestionKind;
import org.flipside.feedback.survey.SurveyDraft;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/**
 * The survey edit page's fields: the settings, and for each question {@code questions[i].…} with a number giving its
 * new place and a box to remove it. A last, empty row adds a question when its text is filled in.
 */
final class SurveyEditForm {

    private SurveyEditForm() {
    }

    static SurveyDraft parse(Map<String, String[]> parameters) {
        List<FieldProblem> problems = new ArrayList<>();
        Audience audience = null;
        String audienceValue = one(parameters, "audience");
        if (audienceValue != null) {
            try {
                audience = Audience.valueOf(audienceValue);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("audience", "survey.field.audience.required",
                        "Choose who answers: mentors, mentees or both."));
            }
        }
        Long version = number(parameters, "version", problems);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; parameters.containsKey("questions[" + i + "].text"); i++) {
            String at = "questions[" + i + "].";
            boolean blankNew = one(parameters, at + "kind") == null || (one(parameters, at + "text") == null
                    && one(parameters, at + "id") == null);
            if ("true".equals(one(parameters, at + "remove")) || blankNew) {
                continue;
            }
            QuestionKind kind = null;
            try {
                kind = QuestionKind.valueOf(one(parameters, at + "kind"));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of(at + "kind", "survey.field.question.kind", "Choose the kind of question."));
            }
            Long place = number(parameters, at + "place", problems);
            Long maxLength = number(parameters, at + "maxLength", problems);
            String choices = one(parameters, at + "choices");
            rows.add(new Row(place == null ? i + 1 : place, i, new QuestionDraft(one(parameters, at + "section"), kind,
                    one(parameters, at + "text"), "true".equals(one(parameters, at + "required")),
                    maxLength == null ? null : maxLength.intValue(),
                    choices == null ? List.of() : Arrays.stream(choices.split("\\R")).toList())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<QuestionDraft> questions = rows.stream()
                .sorted(Comparator.comparingLong(Row::place).thenComparingInt(Row::index))
                .map(Row::question).toList();
        return new SurveyDraft(one(parameters, "title"), "true".equals(one(parameters, "anonymous")), audience,
                "true".equals(one(parameters, "enabled")), questions, version);
    }

    private record Row(long place, int index, QuestionDraft question) {
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0];
    }

    private static Long number(Map<String, String[]> parameters, String name, List<FieldProblem> problems) {
        String value = one(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(name, "survey.field.number", "Give a whole number."));
            return null;
        }
    }
}
