package org.flipside.matching.consent;

/** One person's answer to a match. */
public enum Answer {
    ACCEPT,
    DECLINE
}
