package org.flipside.matching.scoring;

import java.util.Arrays;

/**
 * Sets of word (or chosen value) ids laid out for fast intersection: ids are ranked by use across the cohort, the
 * 128 most used become bits of two longs, so that most comparisons are two AND and bit counts; rarer ids stay a
 * sorted array. A person's sets live in their {@link Person} fields rather than in objects of their own.
 */
final class WordSet {

    static final int FREQUENT = 128;

    final long low;
    final long high;
    final int[] rare;
    final int size;

    /** The set of ids already ranked by use (0 the most used), all different. */
    WordSet(int[] rankedIds) {
        long lo = 0;
        long hi = 0;
        int rareCount = 0;
        for (int id : rankedIds) {
            if (id < 64) {
                lo |= 1L << id;
            } else if (id < FREQUENT) {
                hi |= 1L << (id - 64);
            } else {
                rareCount++;
            }
        }
        int[] rareIds = rareCount == 0 ? Person.NO_INTS : new int[rareCount];
        int k = 0;
        for (int id : rankedIds) {
            if (id >= FREQUENT) {
                rareIds[k++] = id;
            }
        }
        Arrays.sort(rareIds);
        this.low = lo;
        this.high = hi;
        this.rare = rareIds;
        this.size = rankedIds.length;
    }

    static int shared(long lowA, long highA, long lowB, long highB) {
        return Long.bitCount(lowA & lowB) + Long.bitCount(highA & highB);
    }

    /** How many ids two sorted arrays have in common. */
    static int shared(int[] x, int[] y) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
