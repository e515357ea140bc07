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
    static Pricing scan(PairScores scores, int[] capacity, Objective objective, CandidateGraph graph,
                        int[] bestLeftOut, long[] cover, long drift, long[] menteePrice, long[] mentorPrice,
                        int perMentee, boolean closing, int threads, Pacer pacer) {
        int n = graph.mentees;
        int m = graph.mentors;
        int[][] added = new int[n][];
        long[][] addedWeight = new long[n][];
        AtomicLong violations = new AtomicLong();
        AtomicLong scanned = new AtomicLong();
        ParallelRows.run(n, threads, () -> {
            int[] candidateOf = new int[m];
            java.util.Arrays.fill(candidateOf, -1);
            int[] rowScore = new int[m];
            long[] best = new long[Math.max(1, perMentee)];
            return i -> {
                long u = menteePrice[i];
                if (bestLeftOut[i] < 0 || objective.weight(bestLeftOut[i]) <= u || cover[i] + drift <= u) {
                    return;
                }
                scanned.incrementAndGet();
                for (int e = graph.menteeStart[i]; e < graph.menteeStart[i + 1]; e++) {
                    candidateOf[graph.mentor[e]] = i;
                }
                int count = 0;
                long found = 0;
                int leftOut = PairScores.FORBIDDEN;
                long most = NOTHING;
                // no left-out pair scores above bestLeftOut, so a mentor priced at least this high cannot be
                // under-priced with this mentee: its score need not even be computed
                long ceiling = objective.weight(bestLeftOut[i]);
                long priceLimit = ceiling - u;
                long lowestSkippedPrice = Long.MAX_VALUE;
                for (int j = 0; j < m; j++) {
                    if (capacity[j] == 0 || candidateOf[j] == i) {
                        continue;
                    }
                    if (mentorPrice[j] >= priceLimit) {
                        lowestSkippedPrice = Math.min(lowestSkippedPrice, mentorPrice[j]);
                        continue;
                    }
                    int s = scores.score(i, j);
                    if (s < 0) {
                        continue;
                    }
                    long excess = objective.weight(s) - mentorPrice[j];
                    if (excess <= u || closing) {
                        leftOut = Math.max(leftOut, s);
                        most = Math.max(most, excess);
                        continue;
                    }
                    found++;
                    rowScore[j] = s;
                    long key = (excess << 25) | j;
                    if (count < best.length) {
                        MinHeap.push(best, count++, key);
                    } else if (key > best[0]) {
                        leftOut = Math.max(leftOut, rowScore[(int) (best[0] & ((1L << 25) - 1))]);
                        most = Math.max(most, best[0] >>> 25);
                        MinHeap.replaceTop(best, count, key);
                    } else {
                        leftOut = Math.max(leftOut, s);
                        most = Math.max(most, excess);
                    }
                }
                if (lowestSkippedPrice != Long.MAX_VALUE) {
                    // skipped pairs are left out with unknown scores: keep the bounds that still hold for them
                    leftOut = Math.max(leftOut, bestLeftOut[i]);
                    most = Math.max(most, ceiling - lowestSkippedPrice);
                }
                bestLeftOut[i] = leftOut;
                cover[i] = most == NOTHING ? NOTHING : most - drift;
                if (closing) {
                    menteePrice[i] = Math.max(u, most);
                }
                if (count > 0) {
                    violations.addAndGet(found);
                    int[] row = new int[count];
                    long[] weights = new long[count];
                    for (int k = 0; k < count; k++) {
                        row[k] = (int) (best[k] & ((1L << 25) - 1));
                        weights[k] = objective.weight(rowScore[row[k]]);
                    }
                    added[i] = row;
                    addedWeight[i] = weights;
                }
            };
        }, pacer, "checking optimality");
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
