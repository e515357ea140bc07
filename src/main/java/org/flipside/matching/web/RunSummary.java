package org.flipside.matching.web;

import java.time.Instant;
import org.flipside.matching.run.MatchingRun;
import org.flipside.matching.run.RunState;

/**
 * A run as the API shows it: state and progress while it runs; totals and the optimality certificate's summary
 * when done (scores in tenths of a point).
 */
record RunSummary(long id, long programId, RunState state, String phase, int progress, int mentees, int mentors,
                  Integer matched, Long totalScore, Double averageScore, Boolean certified, Long gap,
                  Long solveMillis, String failure, Instant startedAt, String startedBy, Instant finishedAt,
                  boolean editedByHand, Instant publishedAt) {

    static RunSummary of(MatchingRun run) {
        return new RunSummary(run.id(), run.programId(), run.state(), run.phase(), run.progress(), run.mentees(),
                run.mentors(), run.matched(), run.totalScore(), run.averageScore(), run.certified(), run.gap(),
                run.solveMillis(), run.failure(), run.startedAt(), run.startedBy(), run.finishedAt(),
                run.editedAt() != null, run.publishedAt());
    }
}
