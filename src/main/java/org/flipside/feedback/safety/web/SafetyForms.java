package org.flipside.feedback.safety.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.flipside.feedback.safety.PulseAnswer;
import org.flipside.feedback.safety.PulseStatements;
import org.flipside.feedback.safety.SettingsInput;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** Request bodies and form values of the pulse's pages and API. */
final class SafetyForms {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";

    private SafetyForms() {
    }

    /** A follow-up note with the version of the flag read. */
    record FollowUpBody(String note, Long version) {
    }

    /** The answer from the page's radio buttons: {@code statement1} … and {@code contact} = yes or no. */
    static PulseAnswer answer(List<String> statements, String contact) {
        List<Integer> values = new ArrayList<>();
        for (int n = 0; n < PulseStatements.COUNT; n++) {
            values.add(integer(n < statements.size() ? statements.get(n) : null));
        }
        Boolean consent = "yes".equals(contact) ? Boolean.TRUE : "no".equals(contact) ? Boolean.FALSE : null;
        return new PulseAnswer(values, consent);
    }

    /** The settings form; values that are not numbers are field problems of their own. */
    static SettingsInput settings(String periodWeeks, String threshold, String version) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer weeks = null;
        BigDecimal limit = null;
        try {
            weeks = blank(periodWeeks) ? null : Integer.valueOf(periodWeeks.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of("periodWeeks", "feedback.safety.period.number",
                    "Give the period as a whole number of weeks."));
        }
        try {
            limit = blank(threshold) ? null : new BigDecimal(threshold.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of("threshold", "feedback.safety.threshold.number",
                    "Give the threshold as a number such as 2.5."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SettingsInput(weeks, limit, version(version));
    }

    static Long version(String value) {
        try {
            return blank(value) ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldProblem.of("version", "feedback.safety.version.required",
                    "Send the version you read."));
        }
    }

    private static Integer integer(String value) {
        try {
            return blank(value) ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
