package org.flipside.people;

import java.time.LocalDate;
import java.util.List;

/**
 * What the directory knows of one person's time here, for reports that compare groups of people over time.
 *
 * @param leaveDate    the day they left; {@code null} while active, and for a leaver whose date was never imported
 * @param levelChanges every recorded change of grade, oldest first
 */
public record EmploymentHistory(String employeeNumber, String department, Integer grade, LocalDate hireDate,
                                EmploymentStatus status, LocalDate leaveDate, List<LevelChange> levelChanges) {

    public EmploymentHistory {
        levelChanges = List.copyOf(levelChanges);
    }

    /** Whether they worked here on that day: hired on or before it (or hire date unknown) and not left before it. */
    public boolean employedOn(LocalDate day) {
        boolean hired = hireDate == null || !hireDate.isAfter(day);
        return hired && !leftBy(day);
    }

    /**
     * Whether they had left by the end of that day. A leaver without a leave date counts as left: the directory
     * cannot say when, and counting them as still here would flatter whichever group they are in.
     */
    public boolean leftBy(LocalDate day) {
        if (status != EmploymentStatus.LEAVER) {
            return false;
        }
        return leaveDate == null || !leaveDate.isAfter(day);
    }

    /**
     * The grade on that day: the grade before the first change after it, else today's grade. {@code null} when the
     * history does not say.
     */
    public Integer gradeOn(LocalDate day) {
        for (LevelChange change : levelChanges) {
            if (change.effectiveDate().isAfter(day)) {
                return change.fromGrade() != null ? change.fromGrade() : gradeBefore(change);
            }
        }
        return grade;
    }

    /** Whether a change in {@code (from, to]} raised the grade above the one before it. */
    public boolean promotedBetween(LocalDate from, LocalDate to) {
        for (LevelChange change : levelChanges) {
            LocalDate day = change.effectiveDate();
            Integer before = change.fromGrade() != null ? change.fromGrade() : gradeBefore(change);
            if (day.isAfter(from) && !day.isAfter(to) && before != null && change.toGrade() > before) {
                return true;
            }
        }
        return false;
    }

    private Integer gradeBefore(LevelChange change) {
        Integer before = null;
        for (LevelChange earlier : levelChanges) {
            if (earlier == change) {
                return before;
            }
            before = earlier.toGrade();
        }
        return before;
    }
}
