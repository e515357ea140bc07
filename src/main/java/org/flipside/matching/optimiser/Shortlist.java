package org.flipside.matching.optimiser;

/**
 * One pass over every pair: keeps each mentee's best {@code size} allowed mentors (with a seat to give) as the first
 * candidate graph, and remembers the best score left out, so the optimality check can skip a mentee whose price
 * already covers everything it did not keep.
 */
final class Shortlist {

    final CandidateGraph graph;
    /** Per mentee, the highest score among allowed pairs not in the graph, or -1 when every allowed pair is in it. */
    final int[] bestLeftOut;

    private Shortlist(CandidateGraph graph, int[] bestLeftOut) {
        this.graph = graph;
        this.bestLeftOut = bestLeftOut;
    }

    static Shortlist build(PairScores scores, int[] capacity, Objective objective, int size, int threads, Pacer pacer) {
        int n = scores.mentees();
        int m = scores.mentors();
        long[][] kept = new long[n][];
        int[] bestLeftOut = new int[n];
        ParallelRows.run(n, threads, () -> {
            long[] top = new long[size];
            return mentee -> {
                int count = 0;
                int leftOut = PairScores.FORBIDDEN;
                for (int j = 0; j < m; j++) {
                    if (capacity[j] == 0) {
                        continue;
                    }
                    int s = scores.score(mentee, j);
                    if (s < 0) {
                        continue;
                    }
                    if (count < size) {
                        MinHeap.push(top, count++, ((long) s << 32) | j);
                    } else if (s > (int) (top[0] >>> 32)) {
                        leftOut = Math.max(leftOut, (int) (top[0] >>> 32));
                        MinHeap.replaceTop(top, count, ((long) s << 32) | j);
                    } else {
                        leftOut = Math.max(leftOut, s);
                    }
                }
                kept[mentee] = java.util.Arrays.copyOf(top, count);
                bestLeftOut[mentee] = leftOut;
            };
        }, pacer, "shortlisting");
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + kept[i].length;
        }
        int[] mentor = new int[start[n]];
        long[] weight = new long[start[n]];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kept[i].length; k++) {
                mentor[start[i] + k] = (int) kept[i][k];
                weight[start[i] + k] = objective.weight((int) (kept[i][k] >>> 32));
            }
            kept[i] = null;
        }
        return new Shortlist(new CandidateGraph(n, m, start, mentor, weight), bestLeftOut);
    }
}
