package org.flipside.matching.optimiser;

/**
 * Who mentors whom: {@code mentorOf[mentee]} is a mentor index or -1 for an unmatched mentee. {@code totalScore} is in
 * tenths of a point. The certificate proves how far from the best possible this assignment is (not at all, when
 * {@link Certificate#optimal()}).
 */
public record Assignment(int[] mentorOf, int matched, long totalScore, Certificate certificate,
                         SolveStatistics statistics) {

    public static final int UNMATCHED = -1;

    public boolean optimal() {
        return certificate.optimal();
    }
}
