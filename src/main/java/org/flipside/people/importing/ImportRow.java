package org.flipside.people.importing;

import java.time.LocalDate;
import org.flipside.people.NewEmployee;

/**
 * One person row of the file, read into our fields (values that could not be read are {@code null}).
 *
 * @param leaveDate  the day they left; a row with one is a leaver
 * @param gradeSince the day the row's grade took effect, dating the level change when the grade differs
 */
public record ImportRow(long row, NewEmployee employee, LocalDate leaveDate, LocalDate gradeSince) {

    public ImportRow(long row, NewEmployee employee) {
        this(row, employee, null, null);
    }
}
