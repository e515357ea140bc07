package org.flipside.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

    private static final FieldProblem BAD = FieldProblem.of("field", "code", "Bad.");

    @Test
    void emptyFieldsAreMissingValuesAndReadableOnesAreRead() {
        assertThat(FormFields.choice(DayOfWeek.class, " ", BAD)).isNull();
        assertThat(FormFields.choice(DayOfWeek.class, "MONDAY", BAD)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(FormFields.date(null, BAD)).isNull();
        assertThat(FormFields.date("2026-11-23", BAD)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void unreadableTextIsTheGivenFieldProblem() {
        assertThatThrownBy(() -> FormFields.choice(DayOfWeek.class, "SOMEDAY", BAD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(BAD));
        assertThatThrownBy(() -> FormFields.date("23/11/2026", BAD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(BAD));
    }
}
