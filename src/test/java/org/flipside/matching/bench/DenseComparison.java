package org.flipside.matching.bench;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import org.flipside.matching.optimiser.Objective;
import org.flipside.matching.optimiser.PairScores;

/**
 * A score matrix held in full, and OR-Tools' LinearSumAssignment run on it, to compare our optimiser with on exactly
 * the same pairs. OR-Tools gets every arc: an allowed pair costs minus its weight in our objective, a forbidden pair
 * costs nothing (the same as leaving both people unmatched), so its optimum equals ours even when not everyone can
 * be matched.
 */
final class DenseComparison {

    /** OR-Tools' answer: the optimal total weight, how many allowed pairs it used, and its times. */
    record OrToolsResult(LinearSumAssignment.Status status, long weight, int allowedPairs, long addMillis,
                         long solveMillis) {
    }

    private DenseComparison() {
    }

    /** Every score of a square cohort, row by row: n × n ints. */
    static int[] matrix(PairScores scores) {
        int n = scores.mentees();
        int[] matrix = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                matrix[i * n + j] = scores.score(i, j);
            }
        }
        return matrix;
    }

    static PairScores scores(int[] matrix, int n) {
        return new PairScores() {
            public int mentees() {
                return n;
            }

            public int mentors() {
                return n;
            }

            public int score(int mentee, int mentor) {
                return matrix[mentee * n + mentor];
            }
        };
    }

    static OrToolsResult orTools(int[] matrix, int n, Objective objective) {
        Loader.loadNativeLibraries();
        long t0 = System.nanoTime();
        LinearSumAssignment lsa = new LinearSumAssignment();
        try {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    int s = matrix[i * n + j];
                    lsa.addArcWithCost(i, j, s < 0 ? 0 : -objective.weight(s));
                }
            }
            long t1 = System.nanoTime();
            LinearSumAssignment.Status status = lsa.solve();
            long t2 = System.nanoTime();
            int allowed = 0;
            if (status == LinearSumAssignment.Status.OPTIMAL) {
                for (int i = 0; i < n; i++) {
                    allowed += matrix[i * n + lsa.getRightMate(i)] >= 0 ? 1 : 0;
                }
            }
            return new OrToolsResult(status, -lsa.getOptimalCost(), allowed, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000);
        } finally {
            lsa.delete();
        }
    }
}
