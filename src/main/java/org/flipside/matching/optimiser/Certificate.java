package org.flipside.matching.optimiser;

/**
 * A solution of the dual of the assignment's linear programme: a price per mentee and per mentor, both never
 * negative, such that for every allowed pair the two prices together are at least the pair's weight. Any assignment's
 * total weight is then at most {@code dualBound}; when the assignment reaches it ({@code primal == dualBound}) no
 * better assignment exists. Weights are those of {@link #objective()}.
 */
public record Certificate(long[] menteePrice, long[] mentorPrice, long primal, long dualBound, Objective objective) {

    public boolean optimal() {
        return primal == dualBound;
    }

    /** How much total weight a better assignment could add at most. */
    public long gap() {
        return dualBound - primal;
    }

    /** The gap in tenths of a score point (at an equal number of matches, when matches come first). */
    public long scoreGapTenths() {
        return objective.scoreGapTenths(gap());
    }

    /** How many more mentees a better assignment could match at most (at an equal score, when score comes first). */
    public long matchesGap() {
        return objective.matchesGap(gap());
    }
}
