package org.flipside.matching.optimiser;

/**
 * The compatibility of every (mentee, mentor) pair of a cohort, asked for on demand so that a large cohort never needs
 * a dense matrix in memory. Implementations must be safe to call from several threads at once.
 */
public interface PairScores {

    /** Returned for a pair that must never be proposed. */
    int FORBIDDEN = -1;

    /** The highest score a pair can have (100.0 points in tenths). */
    int MAX_SCORE = 1000;

    int mentees();

    int mentors();

    /** The pair's score in tenths of a point, 0 to {@link #MAX_SCORE}, or {@link #FORBIDDEN}. */
    int score(int mentee, int mentor);
}
