package org.flipside.matching.run;

import java.time.Instant;

/**
 * One optimiser run of a program: its state and progress while it runs, its totals when done.
 *
 * @param settings     the settings it used, as JSON
 * @param progress     0 to 100
 * @param totalScore   sum of the proposals' scores in tenths of a point
 * @param certified    whether the optimum was proven (the certificate passed the independent check)
 * @param gap          how far from the proven optimum the result may be, in tenths; 0 when optimal
 * @param editedAt     when a manager last swapped proposals of this run, null if never
 */
public record MatchingRun(long id, long programId, RunState state, String phase, int progress, String settings,
                          int mentees, int mentors, Integer matched, Long totalScore, Boolean certified, Long gap,
                          Long solveMillis, String failure, Instant startedAt, String startedBy, Instant finishedAt,
                          Instant publishedAt, String publishedBy, Instant editedAt, String editedBy, long version) {

    /** Average proposal score in points, or null without proposals. */
    public Double averageScore() {
        return matched == null || matched == 0 || totalScore == null ? null : totalScore / 10.0 / matched;
    }
}
