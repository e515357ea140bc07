package org.flipside.training.web;

import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** The version a form or body sent back. */
final class Versions {

    private Versions() {
    }

    /** A missing or garbled version from a form can only be stale: it never matches a stored one. */
    static long of(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static long required(Long value) {
        if (value == null) {
            throw new InvalidInputException(FieldProblem.of("version", "training.version.required",
                    "Send the version of the setting as last read (0 if it was never saved)."));
        }
        return value;
    }
}
