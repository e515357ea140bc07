package org.flipside.pairing.agreement;

/** How the two people of a pair agree to meet. Labels are message keys {@code agreement.mode.<NAME>}. */
public enum AgreedMeetingMode {
    IN_PERSON, VIDEO, MIXED;

    public String messageKey() {
        return "agreement.mode." + name();
    }
}
