package org.flipside.pairing;

import java.time.Instant;

/**
 * A pair was closed — both people gave their reasons, or a program manager closed it — and is read-only from now on.
 *
 * @param outcome {@link PairState#COMPLETED} or {@link PairState#ENDED_EARLY}
 */
public record PairClosed(long pairId, long programId, PairState outcome, Instant closedAt) {
}
