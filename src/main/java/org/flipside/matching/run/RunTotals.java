package org.flipside.matching.run;

/** What a finished run achieved: matched mentees, total score in tenths, whether and how closely it is proven. */
public record RunTotals(int matched, long totalScore, boolean certified, long gap, long solveMillis) {
}
