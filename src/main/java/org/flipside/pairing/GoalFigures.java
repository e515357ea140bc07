package org.flipside.pairing;

import java.util.Map;
import org.flipside.program.Side;

/**
 * How far a program's pairs have come on their goals, per side, for evaluation pages and reports. Counts and
 * computed progress only, never a goal's title or wording; the caller decides who may see a program's aggregates and
 * applies the small-group rule.
 */
public interface GoalFigures {

    /** Per side: the goals that are not archived and their progress. Sides without goals are left out. */
    Map<Side, SideGoals> ofProgram(long programId);

    /**
     * One side's goals across the program.
     *
     * @param pairs           pairs with at least one such goal on this side
     * @param goals           goals not archived
     * @param reached         goals whose every key result reached its target
     * @param meanProgress    whole percent, the mean of the goals' progress
     */
    record SideGoals(Side side, int pairs, int goals, int reached, int meanProgress) {
    }
}
