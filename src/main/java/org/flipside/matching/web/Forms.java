package org.flipside.matching.web;

import org.flipside.matching.consent.Answer;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** Reads form and body values that pages and the API share, with a specific problem for each bad one. */
final class Forms {

    private Forms() {
    }

    /** {@code accept} or {@code decline}, in any case. */
    static Answer answer(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(FieldProblem.of("answer", "matching.answer.required",
                    "Choose accept or decline."));
        }
        try {
            return Answer.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of("answer", "matching.answer.invalid",
                    "The answer must be accept or decline.", value));
        }
    }

    /** A missing or garbled version can only be stale: it never matches a stored one. */
    static long version(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static long version(Long value) {
        if (value == null) {
            throw new InvalidInputException(FieldProblem.of("version", "matching.version.required",
                    "Send the version of the match you answer."));
        }
        return value;
    }
}
