package org.flipside.matching.scoring;

import java.util.List;

/**
 * Why a pair scores what it scores.
 *
 * @param score    tenths of a point, 0 to 1000, exactly what {@link Cohort#score} returns: for a blocked pair that is
 *                 {@link org.flipside.matching.optimiser.PairScores#FORBIDDEN}
 * @param criteria every criterion of the program, in the order of {@link org.flipside.matching.settings.Criterion}
 * @param block    why the pair is not allowed, {@code null} when it is
 */
public record Explanation(int score, List<CriterionScore> criteria, Block block) {

    public Explanation {
        criteria = List.copyOf(criteria);
    }

    public boolean allowed() {
        return block == null;
    }
}
