package org.flipside.analytics.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A program's outcomes: retention and promotion of each side against its comparison group, and two-way learning.
 *
 * @param chosen        whether the program has a comparison group (it has started running)
 * @param startDate     the day outcomes are measured from; {@code null} before the program started
 * @param seed          the seed the comparison group was drawn with, so the choice can be explained and repeated;
 *                      {@code null} before the program started
 * @param measuredOn    the last day the figures cover: twelve months after the start, or today if sooner
 * @param monthsElapsed whole months from the start to {@code measuredOn}
 * @param complete      whether the twelve months have passed; before that the figures are "so far"
 * @param minimum       the smallest group a figure may cover
 * @param asOf          when the figures were read (they are kept for a minute, see {@link OutcomesReports})
 */
public record OutcomesReport(long programId, String programName, boolean chosen, LocalDate startDate, Long seed,
                             LocalDate measuredOn, int monthsElapsed, boolean complete, List<SideOutcomes> sides,
                             List<LearningRow> learning, int minimum, Instant asOf) {

    public OutcomesReport {
        sides = List.copyOf(sides);
        learning = List.copyOf(learning);
    }
}
