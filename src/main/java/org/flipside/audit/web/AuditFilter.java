package org.flipside.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flipside.audit.AuditSearch;
import org.flipside.audit.Outcome;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/**
 * The audit page's filter as typed by an administrator: dates are whole days in the viewer's time zone, the
 * "to" day included.
 */
record AuditFilter(String actor, String action, String outcome, String target, String from, String to) {

    AuditSearch toSearch(ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        Outcome parsedOutcome = null;
        if (outcome != null && !outcome.isBlank()) {
            try {
                parsedOutcome = Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("outcome", "audit.outcome.unknown",
                        "'" + outcome + "' is not an outcome (SUCCESS, FAILURE or DENIED).", outcome));
            }
        }
        LocalDate fromDay = day("from", from, problems);
        LocalDate toDay = day("to", to, problems);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problems.add(FieldProblem.of("to", "audit.to.beforeFrom", "The end date is before the start date."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AuditSearch(actor, action, parsedOutcome, target,
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static LocalDate day(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "audit.date.invalid", "'" + value + "' is not a date (YYYY-MM-DD).", value));
            return null;
        }
    }
}
