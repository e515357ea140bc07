package org.flipside.pairing.session;

/**
 * Where a session stands: planned, or logged as held, cancelled or missed. Labels are message keys
 * {@code session.status.<NAME>}.
 */
public enum SessionStatus {
    SCHEDULED, HELD, CANCELLED, NO_SHOW;

    public String messageKey() {
        return "session.status." + name();
    }
}
