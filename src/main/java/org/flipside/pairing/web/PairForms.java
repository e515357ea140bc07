package org.flipside.pairing.web;

import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** Reading the pairing forms' plain text fields into values, with a field error for what is not one. */
final class PairForms {

    private PairForms() {
    }

    static long participant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(FieldProblem.of(field, "pair.field.required", "Choose a person."));
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldProblem.of(field, "pair.field.participant",
                    "This is not a participant of the program."));
        }
    }
}
