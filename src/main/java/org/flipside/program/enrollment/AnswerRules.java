package org.flipside.program.enrollment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.program.Application;
import org.flipside.program.NewQuestion;
import org.flipside.program.Question;
import org.flipside.shared.FieldProblem;

/** Checks answers against a form's questions and questions against what a form can hold. */
final class AnswerRules {

    static final int TEXT_MAX = 4000;
    static final int QUESTION_MAX = 500;
    static final int CHOICE_MAX = 200;

    private AnswerRules() {
    }

    /** The cleaned answers (blank ones dropped), or the problems with them; consent is checked too. */
    static Map<Long, List<String>> check(List<Question> questions, Application application, List<FieldProblem> problems) {
        Map<Long, List<String>> clean = new LinkedHashMap<>();
        for (Question question : questions) {
            List<String> given = application.answers().getOrDefault(question.id(), List.of()).stream()
                    .map(v -> v == null ? "" : v.strip()).filter(v -> !v.isEmpty()).toList();
            String field = "answer" + question.id();
            if (given.isEmpty()) {
                if (question.required()) {
                    problems.add(FieldProblem.of(field, "answer.required", "Please answer this question."));
                }
                continue;
            }
            FieldProblem problem = problem(question, given, field);
            if (problem != null) {
                problems.add(problem);
            } else {
                clean.put(question.id(), given);
            }
        }
        for (Long id : application.answers().keySet()) {
            if (questions.stream().noneMatch(q -> q.id() == id)) {
                problems.add(FieldProblem.of("answer" + id, "answer.unknownQuestion",
                        "There is no question " + id + " on this form.", id));
            }
        }
        if (!application.consent()) {
            problems.add(FieldProblem.of("consent", "consent.required",
                    "Agree to the processing of your data to apply."));
        }
        return clean;
    }

    private static FieldProblem problem(Question question, List<String> given, String field) {
        return switch (question.type()) {
            case TEXT -> given.size() != 1 ? FieldProblem.of(field, "answer.single", "Give one answer.")
                    : given.get(0).length() > TEXT_MAX
                    ? FieldProblem.of(field, "answer.tooLong", "Keep the answer under " + TEXT_MAX + " characters.", TEXT_MAX)
                    : null;
            case SINGLE_CHOICE -> given.size() != 1 ? FieldProblem.of(field, "answer.single", "Give one answer.")
                    : unknownChoice(question, given, field);
            case MULTIPLE_CHOICE -> new HashSet<>(given).size() != given.size()
                    ? FieldProblem.of(field, "answer.duplicate", "Choose each option once.")
                    : unknownChoice(question, given, field);
            case SCALE -> given.size() != 1 || !given.get(0).matches("[1-5]")
                    ? FieldProblem.of(field, "answer.scale", "Choose a number from 1 to 5.") : null;
        };
    }

    private static FieldProblem unknownChoice(Question question, List<String> given, String field) {
        for (String value : given) {
            if (!question.choices().contains(value)) {
                return FieldProblem.of(field, "answer.unknownChoice", "'" + value + "' is not one of the choices.", value);
            }
        }
        return null;
    }

    static List<FieldProblem> checkQuestion(NewQuestion question) {
        List<FieldProblem> problems = new ArrayList<>();
        if (question.type() == null) {
            problems.add(FieldProblem.of("type", "question.type.required", "Choose the kind of question."));
        }
        if (question.text() == null || question.text().isBlank()) {
            problems.add(FieldProblem.of("text", "question.text.required", "Write the question."));
        } else if (question.text().strip().length() > QUESTION_MAX) {
            problems.add(FieldProblem.of("text", "question.text.tooLong",
                    "Keep the question under " + QUESTION_MAX + " characters.", QUESTION_MAX));
        }
        boolean choiceType = question.type() != null && question.type().name().endsWith("_CHOICE");
        if (choiceType && question.choices().size() < 2) {
            problems.add(FieldProblem.of("choices", "question.choices.tooFew", "Give at least two choices."));
        }
        if (!choiceType && !question.choices().isEmpty()) {
            problems.add(FieldProblem.of("choices", "question.choices.notAllowed", "Only choice questions have choices."));
        }
        if (new HashSet<>(question.choices()).size() != question.choices().size()) {
            problems.add(FieldProblem.of("choices", "question.choices.duplicate", "Give each choice once."));
        }
        if (question.choices().stream().anyMatch(c -> c.length() > CHOICE_MAX || c.contains("\n"))) {
            problems.add(FieldProblem.of("choices", "question.choices.tooLong",
                    "Keep each choice under " + CHOICE_MAX + " characters.", CHOICE_MAX));
        }
        return problems;
    }
}
