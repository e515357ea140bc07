package org.flipside.pairing.assessment;

import java.util.Locale;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** When a person assesses themself: at the start of the pair (PRE) or at its end (POST). */
public enum Phase {
    PRE, POST;

    /** The phase a path or form names, in any case; a clear field error otherwise. */
    public static Phase parse(String value) {
        try {
            return Phase.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of("phase", "pair.assessment.phase.invalid",
                    "The phase is pre or post.", String.valueOf(value)));
        }
    }
}
