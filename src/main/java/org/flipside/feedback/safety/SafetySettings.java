package org.flipside.feedback.safety;

import java.math.BigDecimal;

/**
 * A program's pulse settings. {@code version} is 0 while the program still runs on the defaults.
 *
 * @param periodWeeks how many weeks one round lasts, counted from each pair's activation
 * @param threshold   an answer whose mean is at or below this raises a flag
 */
public record SafetySettings(long programId, int periodWeeks, BigDecimal threshold, long version) {

    public static final int DEFAULT_PERIOD_WEEKS = 4;
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("2.50");
    public static final int MAX_PERIOD_WEEKS = 26;
    public static final BigDecimal MIN_THRESHOLD = new BigDecimal("1.0");
    public static final BigDecimal MAX_THRESHOLD = new BigDecimal("5.0");

    static SafetySettings defaults(long programId) {
        return new SafetySettings(programId, DEFAULT_PERIOD_WEEKS, DEFAULT_THRESHOLD, 0);
    }

    /** Whether an answer with these values falls at or below the threshold. */
    boolean low(int sum, int count) {
        return BigDecimal.valueOf(sum).compareTo(threshold.multiply(BigDecimal.valueOf(count))) <= 0;
    }
}
