package org.flipside.matching.consent;

/** How a match came about: a manager published a run, or a mentee asked a mentor (self-match). */
public enum MatchOrigin {
    PUBLISHED,
    REQUESTED
}
