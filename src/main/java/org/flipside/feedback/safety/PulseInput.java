package org.flipside.feedback.safety;

import java.util.ArrayList;
import java.util.List;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** Checks an answer before anything is stored, naming every statement that is missing or out of range. */
final class PulseInput {

    private PulseInput() {
    }

    /** The values of a complete, valid answer. */
    record Checked(List<Integer> values, boolean contact) {

        int sum() {
            return values.stream().mapToInt(Integer::intValue).sum();
        }
    }

    static Checked check(PulseAnswer answer) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Integer> given = answer == null || answer.statements() == null ? List.of() : answer.statements();
        if (given.size() > PulseStatements.COUNT) {
            problems.add(FieldProblem.of("statements", "feedback.safety.statements.tooMany",
                    "The pulse has {0} statements; this answer has {1} values.", PulseStatements.COUNT, given.size()));
        }
        for (int n = 1; n <= PulseStatements.COUNT; n++) {
            Integer value = n <= given.size() ? given.get(n - 1) : null;
            if (value == null) {
                problems.add(FieldProblem.of("statement" + n, "feedback.safety.statement.required",
                        "Choose a value from {0} to {1} for this statement.", PulseStatements.LOWEST,
                        PulseStatements.HIGHEST));
            } else if (value < PulseStatements.LOWEST || value > PulseStatements.HIGHEST) {
                problems.add(FieldProblem.of("statement" + n, "feedback.safety.statement.range",
                        "A value runs from {0} to {1}; {2} is outside.", PulseStatements.LOWEST,
                        PulseStatements.HIGHEST, value));
            }
        }
        if (answer == null || answer.contact() == null) {
            problems.add(FieldProblem.of("contact", "feedback.safety.contact.required",
                    "Say whether the program's managers may contact you about your answers."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(List.copyOf(given), answer.contact());
    }
}
