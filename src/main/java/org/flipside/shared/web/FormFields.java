package org.flipside.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/**
 * Reads optional form fields that arrive as text: an empty field is {@code null} (the service then says what is
 * missing), text that cannot be read is the given field problem.
 */
public final class FormFields {

    private FormFields() {
    }

    /** One of an enum's constants by name, {@code null} for an empty field. */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, FieldProblem ifUnknown) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(ifUnknown);
        }
    }

    /** An ISO date ({@code 2026-11-23}, as a date input sends it), {@code null} for an empty field. */
    public static LocalDate date(String value, FieldProblem ifUnreadable) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ifUnreadable);
        }
    }
}
