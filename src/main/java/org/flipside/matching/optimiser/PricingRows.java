package org.flipside.matching.optimiser;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One thread's part of the optimality check (see {@link Pricing#scan}): for each mentee of a block, the most
 * under-priced pairs outside the graph, found tile by tile with a heap per slot, and the bounds on what the mentee
 * left out. Allocates only when a mentee's row ends with pairs to add.
 */
final class PricingRows implements ParallelRows.BlockTask {

    private static final int MENTOR_BITS = 25;
    private static final long MENTOR_MASK = (1L << MENTOR_BITS) - 1;

    private final PairScores scores;
    private final Objective objective;
    private final CandidateGraph graph;
    private final int[] bestLeftOut;
    private final long[] allowed;
    private final int words;
    private final long[] cover;
    private final long drift;
    private final long[] menteePrice;
    private final long[] mentorPrice;
    private final int perMentee;
    private final boolean closing;
    private final int[][] added;
    private final long[][] addedWeight;
    private final AtomicLong violations;
    private final AtomicLong scanned;

    /** Per mentor, one bit per slot whose mentee already has the pair in the graph. */
    private final long[] inGraph;
    private final long[] best;
    private final int[] count = new int[ParallelRows.BLOCK];
    private final long[] found = new long[ParallelRows.BLOCK];
    private final int[] leftOut = new int[ParallelRows.BLOCK];
    private final long[] most = new long[ParallelRows.BLOCK];
    private final long[] ceiling = new long[ParallelRows.BLOCK];
    private final long[] lowestSkippedPrice = new long[ParallelRows.BLOCK];

    PricingRows(PairScores scores, Shortlist shortlist, Objective objective, CandidateGraph graph, long[] cover, long drift, long[] menteePrice, long[] mentorPrice, int perMentee, boolean closing,
                int[][] added, long[][] addedWeight, AtomicLong violations, AtomicLong scanned) {
        this.scores = scores;
        this.objective = objective;
        this.graph = graph;
        this.bestLeftOut = shortlist.bestLeftOut;
        this.allowed = shortlist.allowed;
        this.words = shortlist.words;
        this.cover = cover;
        this.drift = drift;
        this.menteePrice = menteePrice;
        this.mentorPrice = mentorPrice;
        this.perMentee = Math.max(1, perMentee);
        this.closing = closing;
        this.added = added;
        this.addedWeight = addedWeight;
        this.violations = violations;
        this.scanned = scanned;
        this.inGraph = new long[graph.mentors];
        this.best = new long[ParallelRows.BLOCK * this.perMentee];
    }

    @Override
    public boolean begin(int slot, int i) {
        long u = menteePrice[i];
        if (bestLeftOut[i] < 0 || objective.weight(bestLeftOut[i]) <= u || cover[i] + drift <= u) {
            return false;
        }
        scanned.incrementAndGet();
        for (int e = graph.menteeStart[i]; e < graph.menteeStart[i + 1]; e++) {
            inGraph[graph.mentor[e]] |= 1L << slot;
        }
        count[slot] = 0;
        found[slot] = 0;
        leftOut[slot] = PairScores.FORBIDDEN;
        most[slot] = Pricing.NOTHING;
        // no left-out pair scores above bestLeftOut, so a mentor priced at least this high cannot be under-priced
        // with this mentee: its score need not even be computed
        ceiling[slot] = objective.weight(bestLeftOut[i]);
        lowestSkippedPrice[slot] = Long.MAX_VALUE;
        return true;
    }

    @Override
    public void visit(int slot, int i, int from, int to) {
        long u = menteePrice[i];
        long priceLimit = ceiling[slot] - u;
        long bit = 1L << slot;
        int offset = slot * perMentee;
        int had = count[slot];
        long foundHere = 0;
        int left = leftOut[slot];
        long mostHere = most[slot];
        long lowestSkipped = lowestSkippedPrice[slot];
        int row = i * words;
        // tiles start at a multiple of 64 and a row has no bit past the last mentor, so whole words can be read
        for (int word = from >>> 6, last = (to - 1) >>> 6; word <= last; word++) {
            for (long bits = allowed[row + word]; bits != 0; bits &= bits - 1) {
                int j = (word << 6) | Long.numberOfTrailingZeros(bits);
                long price = mentorPrice[j];
                if ((inGraph[j] & bit) != 0) {
                    continue;
                }
                if (price >= priceLimit) {
                    lowestSkipped = Math.min(lowestSkipped, price);
                    continue;
                }
                int s = scores.score(i, j);
                long excess = objective.weight(s) - price;
                if (excess <= u || closing) {
                    left = Math.max(left, s);
                    mostHere = Math.max(mostHere, excess);
                    continue;
                }
                foundHere++;
                long key = (excess << MENTOR_BITS) | j;
                if (had < perMentee) {
                    MinHeap.push(best, offset, had++, key);
                } else if (key > best[offset]) {
                    long evicted = best[offset];
                    long evictedExcess = evicted >>> MENTOR_BITS;
                    left = Math.max(left, objective.score(evictedExcess + mentorPrice[(int) (evicted & MENTOR_MASK)]));
                    mostHere = Math.max(mostHere, evictedExcess);
                    MinHeap.replaceTop(best, offset, had, key);
                } else {
                    left = Math.max(left, s);
                    mostHere = Math.max(mostHere, excess);
                }
            }
        }
        count[slot] = had;
        found[slot] += foundHere;
        leftOut[slot] = left;
        most[slot] = mostHere;
        lowestSkippedPrice[slot] = lowestSkipped;
    }

    @Override
    public void end(int slot, int i) {
        long bit = 1L << slot;
        for (int e = graph.menteeStart[i]; e < graph.menteeStart[i + 1]; e++) {
            inGraph[graph.mentor[e]] &= ~bit;
        }
        long u = menteePrice[i];
        int left = leftOut[slot];
        long mostHere = most[slot];
        if (lowestSkippedPrice[slot] != Long.MAX_VALUE) {
            // skipped pairs are left out with unknown scores: keep the bounds that still hold for them
            left = Math.max(left, bestLeftOut[i]);
            mostHere = Math.max(mostHere, ceiling[slot] - lowestSkippedPrice[slot]);
        }
        bestLeftOut[i] = left;
        cover[i] = mostHere == Pricing.NOTHING ? Pricing.NOTHING : mostHere - drift;
        if (closing) {
            menteePrice[i] = Math.max(u, mostHere);
        }
        int had = count[slot];
        if (had > 0) {
            violations.addAndGet(found[slot]);
            int offset = slot * perMentee;
            int[] row = new int[had];
            long[] weights = new long[had];
            for (int k = 0; k < had; k++) {
                long key = best[offset + k];
                row[k] = (int) (key & MENTOR_MASK);
                weights[k] = (key >>> MENTOR_BITS) + mentorPrice[row[k]];
            }
            added[i] = row;
            addedWeight[i] = weights;
        }
    }
}
