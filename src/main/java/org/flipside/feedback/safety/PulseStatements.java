package org.flipside.feedback.safety;

/**
 * The pulse's statements, answered on an agreement scale from 1 (strongly disagree) to 5 (strongly agree). Every
 * statement is worded so that a higher value means a safer relationship, so a mean is meaningful without reversing
 * any item. Their texts are {@code feedback.safety.statement.<n>} in {@code i18n/feedback-safety.properties}.
 */
public final class PulseStatements {

    /** How many statements the pulse has. */
    public static final int COUNT = 5;
    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    private PulseStatements() {
    }

    /** The message key of statement {@code n} (1-based). */
    public static String key(int n) {
        return "feedback.safety.statement." + n;
    }
}
