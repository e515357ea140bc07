package org.flipside.pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flipside.program.Side;

/**
 * What {@link PairFigures} says about one program.
 *
 * @param peopleInActivePairs participants (either side) in at least one active pair
 * @param heldPerWeek         sessions held per week (weeks start on Monday, UTC), only weeks with any, oldest first
 * @param goals               goal progress per side, mentee first
 * @param cadence             active pairs per cadence state name ({@code ON_TRACK}, {@code DUE}, {@code OVERDUE},
 *                            {@code AT_RISK}); a pair with any at-risk reason counts as {@code AT_RISK}
 * @param atRisk              the active pairs with at least one at-risk reason, furthest behind on their sessions
 *                            first (AT_RISK, OVERDUE, DUE, ON_TRACK by sessions alone), then the oldest pair
 */
public record ProgramPairFigures(long programId, long peopleInActivePairs, List<WeekCount> heldPerWeek,
                                 List<SideGoals> goals, Map<String, Long> cadence, List<PairAtRisk> atRisk) {

    public static final List<String> CADENCE_STATES = List.of("ON_TRACK", "DUE", "OVERDUE", "AT_RISK");

    public ProgramPairFigures {
        heldPerWeek = List.copyOf(heldPerWeek);
        goals = List.copyOf(goals);
        cadence = Map.copyOf(cadence);
        atRisk = List.copyOf(atRisk);
    }

    /** Sessions held in the week starting on {@code weekStart} (a Monday). */
    public record WeekCount(LocalDate weekStart, long held) {
    }

    /**
     * The current (not archived) goals of one side of the program's pairs.
     *
     * @param reached      key results whose latest recorded value reached the target
     * @param meanProgress mean progress of the key results, whole percent 0–100; {@code null} without key results
     */
    public record SideGoals(Side side, long goals, long keyResults, long reached, Integer meanProgress) {
    }

    /**
     * An active pair at risk, with every reason in words for the reader.
     *
     * @param state the pair's cadence state by its sessions alone (it may be on track and still at risk)
     * @param since the start of the last held session, or the activation while none was held
     */
    public record PairAtRisk(long pairId, String menteeName, String mentorName, String state, Instant since,
                             List<Reason> reasons) {

        public PairAtRisk {
            reasons = List.copyOf(reasons);
        }
    }

    /** One reason: a stable code for machines and the sentence for people. */
    public record Reason(String code, String text) {
    }
}
