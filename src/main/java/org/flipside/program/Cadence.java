package org.flipside.program;

/** How often each pair is expected to meet. Labels are message keys {@code cadence.<NAME>}. */
public enum Cadence {
    WEEKLY,
    FORTNIGHTLY,
    MONTHLY;

    public String messageKey() {
        return "cadence." + name();
    }
}
