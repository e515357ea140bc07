package org.flipside.people;

import java.time.LocalDate;

/**
 * One change of a person's grade.
 *
 * @param fromGrade     the grade before, or {@code null} when the history does not say (a backfilled first entry)
 * @param effectiveDate the day the new grade took effect
 */
public record LevelChange(String employeeNumber, Integer fromGrade, int toGrade, LocalDate effectiveDate) {
}
