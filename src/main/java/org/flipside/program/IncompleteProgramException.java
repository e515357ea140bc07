package org.flipside.program;

import java.util.List;
import java.util.stream.Collectors;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.RuleViolationException;

/**
 * A draft cannot leave DRAFT yet because fields are missing. Lists every missing field at once, so the manager can
 * complete them in one go. Answers 409 like any other state rule.
 */
public class IncompleteProgramException extends RuleViolationException {

    private final List<FieldProblem> missing;

    public IncompleteProgramException(List<FieldProblem> missing) {
        super("program.incomplete", "The program cannot leave DRAFT yet: "
                + missing.stream().map(FieldProblem::defaultMessage).collect(Collectors.joining(" ")));
        this.missing = List.copyOf(missing);
    }

    public List<FieldProblem> missing() {
        return missing;
    }
}
