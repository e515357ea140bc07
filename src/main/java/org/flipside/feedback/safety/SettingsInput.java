package org.flipside.feedback.safety;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** A manager's change to the pulse settings, checked field by field. */
public record SettingsInput(Integer periodWeeks, BigDecimal threshold, Long version) {

    /** Refuses the change with every problem found; returns normally when it may be stored. */
    void check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (periodWeeks == null) {
            problems.add(FieldProblem.of("periodWeeks", "feedback.safety.period.required",
                    "Say every how many weeks junior mentors are asked."));
        } else if (periodWeeks < 1 || periodWeeks > SafetySettings.MAX_PERIOD_WEEKS) {
            problems.add(FieldProblem.of("periodWeeks", "feedback.safety.period.range",
                    "The period runs from 1 to {0} weeks; {1} is outside.", SafetySettings.MAX_PERIOD_WEEKS,
                    periodWeeks));
        }
        if (threshold == null) {
            problems.add(FieldProblem.of("threshold", "feedback.safety.threshold.required",
                    "Give the mean at or below which an answer raises a flag."));
        } else if (threshold.compareTo(SafetySettings.MIN_THRESHOLD) < 0
                || threshold.compareTo(SafetySettings.MAX_THRESHOLD) > 0) {
            problems.add(FieldProblem.of("threshold", "feedback.safety.threshold.range",
                    "The threshold runs from {0} to {1}; {2} is outside.", SafetySettings.MIN_THRESHOLD.toPlainString(),
                    SafetySettings.MAX_THRESHOLD.toPlainString(), threshold.toPlainString()));
        } else if (threshold.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of("threshold", "feedback.safety.threshold.scale",
                    "Give the threshold with at most two decimals."));
        }
        if (version == null) {
            problems.add(FieldProblem.of("version", "feedback.safety.version.required",
                    "Send the version of the settings you read."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
