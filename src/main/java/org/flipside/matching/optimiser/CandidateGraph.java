package org.flipside.matching.optimiser;

/**
 * The pairs the optimiser currently considers, in compressed rows: each mentee's candidate mentors with the pair's
 * weight, and the same edges per mentor. Immutable; {@link #withAdded} builds the next graph when the optimality check
 * finds pairs worth considering.
 */
final class CandidateGraph {

    final int mentees;
    final int mentors;
    final int[] menteeStart;
    final int[] mentor;
    final long[] weight;
    final int[] mentorStart;
    final int[] mentee;
    final long[] reverseWeight;

    CandidateGraph(int mentees, int mentors, int[] menteeStart, int[] mentor, long[] weight) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.menteeStart = menteeStart;
        this.mentor = mentor;
        this.weight = weight;
        int edges = menteeStart[mentees];
        this.mentorStart = new int[mentors + 1];
        for (int e = 0; e < edges; e++) {
            mentorStart[mentor[e] + 1]++;
        }
        for (int j = 0; j < mentors; j++) {
            mentorStart[j + 1] += mentorStart[j];
        }
        this.mentee = new int[edges];
        this.reverseWeight = new long[edges];
        int[] next = java.util.Arrays.copyOf(mentorStart, mentors);
        for (int i = 0; i < mentees; i++) {
            for (int e = menteeStart[i]; e < menteeStart[i + 1]; e++) {
                int slot = next[mentor[e]]++;
                mentee[slot] = i;
                reverseWeight[slot] = weight[e];
            }
        }
    }

    long edges() {
        return menteeStart[mentees];
    }

    /** This graph plus, for each mentee, the extra mentors {@code extra[i]} with weights {@code extraWeight[i]}. */
    CandidateGraph withAdded(int[][] extra, long[][] extraWeight) {
        int[] start = new int[mentees + 1];
        for (int i = 0; i < mentees; i++) {
            int added = extra[i] == null ? 0 : extra[i].length;
            start[i + 1] = start[i] + (menteeStart[i + 1] - menteeStart[i]) + added;
        }
        int[] mentorOut = new int[start[mentees]];
        long[] weightOut = new long[start[mentees]];
        for (int i = 0; i < mentees; i++) {
            int at = start[i];
            int length = menteeStart[i + 1] - menteeStart[i];
            System.arraycopy(mentor, menteeStart[i], mentorOut, at, length);
            System.arraycopy(weight, menteeStart[i], weightOut, at, length);
            if (extra[i] != null) {
                System.arraycopy(extra[i], 0, mentorOut, at + length, extra[i].length);
                System.arraycopy(extraWeight[i], 0, weightOut, at + length, extra[i].length);
            }
        }
        return new CandidateGraph(mentees, mentors, start, mentorOut, weightOut);
    }
}
