package org.flipside.matching.review;

/**
 * Sorting and filtering of a run's proposals; {@code null} filters mean any.
 *
 * @param minimumScore in points (0–100)
 * @param text         part of either person's name, ignoring case
 */
public record ProposalQuery(Sort sort, Integer minimumScore, String department, String text, int page, int size) {

    public enum Sort {
        SCORE,
        MENTEE,
        MENTOR,
        DEPARTMENT
    }

    public ProposalQuery {
        sort = sort == null ? Sort.SCORE : sort;
        department = department == null || department.isBlank() ? null : department;
        text = text == null || text.isBlank() ? null : text.trim();
    }
}
