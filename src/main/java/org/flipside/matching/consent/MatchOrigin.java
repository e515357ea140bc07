package org.flipside.matching.consent;

/** How a match came about: a manager published a run, a mentee asked a mentor (self-match), or a manager paired two people by hand. */
public enum MatchOrigin {
    PUBLISHED,
    REQUESTED,
    MANUAL
}
