package org.flipside.pairing.session;

/** Who did not come to a session. Labels are message keys {@code session.noShow.<NAME>}. */
public enum NoShowSide {
    MENTEE, MENTOR, BOTH;

    public String messageKey() {
        return "session.noShow." + name();
    }
}
