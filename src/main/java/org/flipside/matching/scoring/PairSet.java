package org.flipside.matching.scoring;

/**
 * A set of (mentee index, mentor index) pairs in one primitive array with open addressing, so that asking about a
 * pair allocates nothing. One bit per mentee says whether they are in any pair at all: most people are in none, and
 * the bit spares them a probe into a table far larger than the cache, which the optimiser would otherwise pay for
 * every one of the cohort's pairs.
 */
final class PairSet {

    private static final long EMPTY = -1L;

    private final long[] slots;
    private final int mask;
    private final int size;
    private final long[] menteesInPairs;

    private PairSet(long[] slots, int size, long[] menteesInPairs) {
        this.slots = slots;
        this.mask = slots.length - 1;
        this.size = size;
        this.menteesInPairs = menteesInPairs;
    }

    static PairSet of(long[] pairs, int count) {
        int capacity = Integer.highestOneBit(Math.max(4, count * 2 + 1)) << 1;
        long[] slots = new long[capacity];
        java.util.Arrays.fill(slots, EMPTY);
        int size = 0;
        int highestMentee = -1;
        for (int k = 0; k < count; k++) {
            highestMentee = Math.max(highestMentee, (int) (pairs[k] >>> 32));
        }
        long[] mentees = new long[highestMentee < 0 ? 0 : (highestMentee >>> 6) + 1];
        for (int k = 0; k < count; k++) {
            long key = pairs[k];
            int mentee = (int) (key >>> 32);
            mentees[mentee >>> 6] |= 1L << mentee;
            int at = spread(key) & (capacity - 1);
            while (slots[at] != EMPTY && slots[at] != key) {
                at = (at + 1) & (capacity - 1);
            }
            if (slots[at] == EMPTY) {
                slots[at] = key;
                size++;
            }
        }
        return new PairSet(slots, size, mentees);
    }

    static long key(int mentee, int mentor) {
        return ((long) mentee << 32) | (mentor & 0xFFFFFFFFL);
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean contains(int mentee, int mentor) {
        int word = mentee >>> 6;
        if (word >= menteesInPairs.length || (menteesInPairs[word] & (1L << mentee)) == 0) {
            return false;
        }
        long key = key(mentee, mentor);
        int at = spread(key) & mask;
        while (true) {
            long found = slots[at];
            if (found == key) {
                return true;
            }
            if (found == EMPTY) {
                return false;
            }
            at = (at + 1) & mask;
        }
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
