package org.flipside.pairing;

import java.time.Instant;
import org.flipside.program.Cadence;
import org.flipside.program.Side;

/**
 * A pair as its two people and its program's managers see it.
 *
 * @param cadence   the program's cadence, against which the pair's meetings are tracked
 * @param closing   how it is being or was closed; {@code null} while nobody proposed closing it
 */
public record PairView(long id, long programId, String programName, Cadence cadence, long matchId, PairMember mentee,
                       PairMember mentor, PairOrigin origin, PairState state, Instant formedAt, Instant activatedAt,
                       PairClosing closing, long version) {

    public PairMember member(Side side) {
        return side == Side.MENTEE ? mentee : mentor;
    }

    /** The other person of the pair, seen from {@code side}. */
    public PairMember partnerOf(Side side) {
        return side == Side.MENTEE ? mentor : mentee;
    }

    public boolean active() {
        return state == PairState.ACTIVE;
    }
}
