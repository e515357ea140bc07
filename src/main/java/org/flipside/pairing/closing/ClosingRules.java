package org.flipside.pairing.closing;

import java.util.Locale;
import org.flipside.pairing.PairState;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** What a closing request must contain: an outcome a pair can end with, and a reason of reasonable length. */
final class ClosingRules {

    /** The longest reason one side (or a manager) may give; the columns hold this much. */
    static final int MAX_REASON = 1000;

    private ClosingRules() {
    }

    /** COMPLETED or ENDED_EARLY; anything else is a field error on {@code outcome}. */
    static PairState outcome(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(FieldProblem.of("outcome", "pair.closing.outcome.required",
                    "Choose how the pair ends: completed or ended early."));
        }
        try {
            PairState outcome = PairState.valueOf(value.trim().toUpperCase(Locale.ROOT));
            if (outcome.closed()) {
                return outcome;
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the same answer as an open state
        }
        throw new InvalidInputException(FieldProblem.of("outcome", "pair.closing.outcome.invalid",
                "A pair ends as COMPLETED or ENDED_EARLY.", value));
    }

    /** The reason without surrounding blanks; required and at most {@link #MAX_REASON} characters. */
    static String reason(String value) {
        String reason = value == null ? "" : value.strip();
        if (reason.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("reason", "pair.closing.reason.required",
                    "Say in a few words why the pair ends."));
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException(FieldProblem.of("reason", "pair.closing.reason.tooLong",
                    "A reason has at most " + MAX_REASON + " characters.", MAX_REASON));
        }
        return reason;
    }
}
