package org.flipside.matching.scoring;

/**
 * A set of word (or chosen value) ids built for fast intersection: the ids of the cohort's 128 most used words are
 * bits of two longs, so that most comparisons are two AND and bit counts; rarer words stay a sorted id array.
 */
final class WordSet {

    static final int FREQUENT = 128;

    long low;
    long high;
    int[] rare = new int[0];
    int size;

    /** Fills the set from ids already ranked by use (0 the most used). */
    void fill(int[] rankedIds) {
        low = 0;
        high = 0;
        size = rankedIds.length;
        int rareCount = 0;
        for (int id : rankedIds) {
            if (id < 64) {
                low |= 1L << id;
            } else if (id < FREQUENT) {
                high |= 1L << (id - 64);
            } else {
                rareCount++;
            }
        }
        rare = new int[rareCount];
        int k = 0;
        for (int id : rankedIds) {
            if (id >= FREQUENT) {
                rare[k++] = id;
            }
        }
        java.util.Arrays.sort(rare);
    }

    static int shared(WordSet a, WordSet b) {
        int common = Long.bitCount(a.low & b.low) + Long.bitCount(a.high & b.high);
        int[] x = a.rare;
        int[] y = b.rare;
        if (x.length == 0 || y.length == 0) {
            return common;
        }
        int i = 0;
        int j = 0;
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
