package org.flipside.training.web;

import java.util.HashMap;
import java.util.Map;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/** Reads a module's answers from a form ({@code q1=0}, {@code q2=2}, ...) or a JSON body, with a problem per bad value. */
final class Answers {

    private Answers() {
    }

    static Map<Integer, Integer> fromForm(MultiValueMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((key, list) -> {
            if (key.matches("q\\d{1,3}") && !list.isEmpty()) {
                values.put(key.substring(1), list.get(0));
            }
        });
        return parse(values);
    }

    static Map<Integer, Integer> parse(Map<String, String> values) {
        Map<Integer, Integer> answers = new HashMap<>();
        java.util.List<FieldProblem> problems = new java.util.ArrayList<>();
        values.forEach((question, option) -> {
            try {
                answers.put(Integer.valueOf(question.strip()), Integer.valueOf(option.strip()));
            } catch (NumberFormatException | NullPointerException e) {
                problems.add(FieldProblem.of("q" + question, "training.answer.notNumber",
                        "Question and option are numbers, not '" + question + "' and '" + option + "'.",
                        String.valueOf(question), String.valueOf(option)));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return answers;
    }
}
