package org.flipside.matching.consent;

/**
 * Where a match stands. A published match is PROPOSED until both accept (CONFIRMED), one declines (DECLINED), the
 * deadline passes (EXPIRED) or a manager cancels it (CANCELLED); a mentee's request is REQUESTED until the mentor
 * answers. Open matches hold seats; closed ones do not, except a confirmed one.
 */
public enum MatchState {
    PROPOSED,
    REQUESTED,
    CONFIRMED,
    DECLINED,
    EXPIRED,
    CANCELLED;

    /** Still waiting for an answer. */
    public boolean open() {
        return this == PROPOSED || this == REQUESTED;
    }
}
