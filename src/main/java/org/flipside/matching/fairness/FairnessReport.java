package org.flipside.matching.fairness;

import java.util.List;

/**
 * How a run treats groups of people: the spread of proposal scores and, per group of mentees and of mentors, how many
 * got a partner and how good their matches are.
 *
 * @param withheld  the whole report is withheld because the people it covers (after the filter) are fewer than five
 * @param histogram proposals per 10-point score band, lowest band first (band 9 includes 100)
 */
public record FairnessReport(long runId, String department, boolean withheld, int minimumGroup, List<Integer> histogram,
                             List<Breakdown> breakdowns) {

    public FairnessReport {
        histogram = List.copyOf(histogram);
        breakdowns = List.copyOf(breakdowns);
    }

    /** The largest band count, for drawing bars to scale (at least 1). */
    public int histogramMax() {
        return Math.max(1, histogram.stream().mapToInt(Integer::intValue).max().orElse(0));
    }
}
