package org.flipside.matching.optimiser;

/** What the optimiser maximises first. */
public enum Priority {
    /** As many matched mentees as possible, then the highest total score among those assignments. */
    MOST_MATCHES_FIRST,
    /** The highest total score, then as many matched mentees as possible among those assignments. */
    SCORE_FIRST
}
