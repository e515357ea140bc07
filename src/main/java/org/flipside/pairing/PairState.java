package org.flipside.pairing;

/**
 * Where a pair stands. A pair is FORMING while the program requires role training one of the two has not finished,
 * ACTIVE while they work together, and closed as COMPLETED or ENDED_EARLY. Labels are message keys
 * {@code pair.state.<NAME>}.
 */
public enum PairState {
    FORMING, ACTIVE, COMPLETED, ENDED_EARLY;

    public boolean closed() {
        return this == COMPLETED || this == ENDED_EARLY;
    }

    public String messageKey() {
        return "pair.state." + name();
    }
}
