package org.flipside.pairing.session;

/** How the two people meet for a session. Labels are message keys {@code session.mode.<NAME>}. */
public enum SessionMode {
    IN_PERSON, VIDEO, PHONE;

    public String messageKey() {
        return "session.mode." + name();
    }
}
