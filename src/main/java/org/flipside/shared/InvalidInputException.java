package org.flipside.shared;

import java.util.List;

/**
 * Input broke one or more rules. Carries every problem found, not just the first, so a user can fix them all at once.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.defaultMessage()).reduce((a, b) -> a + "; " + b).orElse("invalid input");
    }
}
