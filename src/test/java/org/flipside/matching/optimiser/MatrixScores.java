package org.flipside.matching.optimiser;

/** Scores from a small matrix, rows are mentees; -1 marks a forbidden pair. */
record MatrixScores(int mentors, int[][] rows) implements PairScores {

    static MatrixScores of(int[][] rows) {
        return new MatrixScores(rows.length == 0 ? 0 : rows[0].length, rows);
    }

    @Override
    public int mentees() {
        return rows.length;
    }

    @Override
    public int score(int mentee, int mentor) {
        return rows[mentee][mentor];
    }
}
