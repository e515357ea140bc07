package org.flipside.pairing;

import java.time.Instant;
import org.flipside.program.Side;

/**
 * How a pair is being closed or was closed. One person proposes the outcome with their reason; the partner adds
 * theirs to close it. A program manager may close a pair directly with a reason of their own.
 *
 * @param outcome     {@link PairState#COMPLETED} or {@link PairState#ENDED_EARLY}
 * @param requestedBy the side that proposed closing; {@code null} when a manager closed the pair
 */
public record PairClosing(PairState outcome, Side requestedBy, Instant requestedAt, String menteeReason,
                          String mentorReason, String managerReason, Instant closedAt, String closedBy) {

    public String reasonOf(Side side) {
        return side == Side.MENTEE ? menteeReason : mentorReason;
    }
}
