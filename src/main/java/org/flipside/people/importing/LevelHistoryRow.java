package org.flipside.people.importing;

import java.time.LocalDate;

/** One row of a level-history file that passed every check. */
record LevelHistoryRow(long row, String employeeNumber, LocalDate effectiveDate, int grade) {
}
