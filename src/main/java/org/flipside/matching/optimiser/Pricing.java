package org.flipside.matching.optimiser;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The optimality check over every allowed pair, not only the candidates: a pair whose weight exceeds its mentee's and
 * mentor's prices together could improve the assignment, so the best such pairs of each mentee join the graph. A
 * mentee whose price already covers the best score it has never had as a candidate is skipped: no pair left out can
 * beat its price. In the closing pass (when the time budget is spent) nothing is added; instead each mentee's price is
 * raised to cover every pair, which makes the prices a valid upper bound.
 */
final class Pricing {

    /** The cover of a mentee with nothing left out, or not yet checked: small enough never to overflow. */
    static final long NOTHING = Long.MIN_VALUE / 4;

    /** Per mentee: the pairs to add (null when none) and their weights. */
    final int[][] added;
    final long[][] addedWeight;
    final long violations;
    final long scannedMentees;

    private Pricing(int[][] added, long[][] addedWeight, long violations, long scannedMentees) {
        this.added = added;
        this.addedWeight = addedWeight;
        this.violations = violations;
        this.scannedMentees = scannedMentees;
    }

    /**
     * Checks every mentee that could have an under-priced pair. A mentee is skipped when its price covers the best
     * score it left out, or covers {@code cover[i] + drift}: {@code cover[i]} is the most a left-out pair exceeded
     * the mentor's price by at the mentee's last check, minus the drift then; {@code drift} adds up how far any
     * mentor's price has fallen since. Updates both for the scanned mentees; when {@code closing}, raises
     * {@code menteePrice} instead of adding pairs.
     */
    static Pricing scan(PairScores scores, Shortlist shortlist, Objective objective, CandidateGraph graph,
                        long[] cover, long drift, long[] menteePrice, long[] mentorPrice,
                        int perMentee, boolean closing, int threads, Pacer pacer) {
        int n = graph.mentees;
        int m = graph.mentors;
        int[][] added = new int[n][];
        long[][] addedWeight = new long[n][];
        AtomicLong violations = new AtomicLong();
        AtomicLong scanned = new AtomicLong();
        ParallelRows.run(n, m, threads, () -> new PricingRows(scores, shortlist, objective, graph, cover,
                drift, menteePrice, mentorPrice, perMentee, closing, added, addedWeight, violations, scanned),
                pacer, "checking optimality");
        return new Pricing(added, addedWeight, violations.get(), scanned.get());
    }

    boolean anyAdded() {
        return violations > 0;
    }

    int[] menteesWithAdditions() {
        int count = 0;
        for (int[] row : added) {
            count += row == null ? 0 : 1;
        }
        int[] result = new int[count];
        int k = 0;
        for (int i = 0; i < added.length; i++) {
            if (added[i] != null) {
                result[k++] = i;
            }
        }
        return result;
    }
}
