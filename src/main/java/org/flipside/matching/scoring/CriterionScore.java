package org.flipside.matching.scoring;

import org.flipside.matching.settings.Criterion;

/**
 * One criterion's part of a pair's score.
 *
 * @param weight     the weight it counted with (0 when it only counts as a must-have, or has nothing to compare)
 * @param fulfilment how far the pair meets it, 0 to 100
 * @param points     its share of the total in tenths of a point, {@code weight × fulfilment × 10 / total weight},
 *                   rounded on its own (so the shares may differ from the total by a rounding step)
 */
public record CriterionScore(Criterion criterion, int weight, int fulfilment, int points, Reason reason) {
}
