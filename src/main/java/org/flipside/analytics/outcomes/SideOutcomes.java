package org.flipside.analytics.outcomes;

import org.flipside.program.Side;

/**
 * One side's outcomes against its comparison group.
 *
 * @param participants how many approved participants the side had at the start
 * @param comparison   how many of them got a comparison person (the size of the comparison group)
 * @param unmatched    how many had no one who fitted
 */
public record SideOutcomes(Side side, int participants, int comparison, int unmatched, Figure participantRetention,
                           Figure comparisonRetention, Figure participantPromotion, Figure comparisonPromotion) {
}
