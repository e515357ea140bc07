package org.flipside.matching.review;

import java.util.List;

/**
 * One proposal as the review table shows it.
 *
 * @param score      tenths of a point
 * @param topReasons the sentences of the criteria that earned the most points
 * @param criteria   every criterion with its fulfilment and points, for the expanded row
 */
public record ProposalRow(long menteeId, String menteeName, String menteeDepartment, long mentorId,
                          String mentorName, String mentorDepartment, int score, boolean locked,
                          List<String> topReasons, List<CriterionRow> criteria) {

    public ProposalRow {
        topReasons = List.copyOf(topReasons);
        criteria = List.copyOf(criteria);
    }

    /** The score in points with one decimal, as shown. */
    public String scoreText() {
        return String.format(java.util.Locale.ROOT, "%.1f", score / 10.0);
    }

    /** @param points tenths of a point */
    public record CriterionRow(String name, int weight, int fulfilment, int points, String reason) {

        public String pointsText() {
            return String.format(java.util.Locale.ROOT, "%.1f", points / 10.0);
        }
    }
}
