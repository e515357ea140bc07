package org.flipside.matching.optimiser;

/** The best (matches, score) or (score, matches) over every feasible assignment, by trying them all. */
final class BruteForce {

    private final int[][] rows;
    private final int[] left;
    private final boolean matchesFirst;
    private long bestMatches = -1;
    private long bestScore = -1;

    private BruteForce(int[][] rows, int[] capacity, Priority priority) {
        this.rows = rows;
        this.left = capacity.clone();
        this.matchesFirst = priority == Priority.MOST_MATCHES_FIRST;
    }

    /** {matched, totalScore} of an optimal assignment. */
    static long[] best(int[][] rows, int[] capacity, Priority priority) {
        BruteForce search = new BruteForce(rows, capacity, priority);
        search.visit(0, 0, 0);
        return new long[] {search.bestMatches, search.bestScore};
    }

    private void visit(int mentee, long matches, long score) {
        if (mentee == rows.length) {
            boolean better = matchesFirst
                    ? matches > bestMatches || (matches == bestMatches && score > bestScore)
                    : score > bestScore || (score == bestScore && matches > bestMatches);
            if (better) {
                bestMatches = matches;
                bestScore = score;
            }
            return;
        }
        visit(mentee + 1, matches, score);
        for (int j = 0; j < left.length; j++) {
            if (left[j] > 0 && rows[mentee][j] >= 0) {
                left[j]--;
                visit(mentee + 1, matches + 1, score + rows[mentee][j]);
                left[j]++;
            }
        }
    }
}
