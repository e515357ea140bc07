package org.flipside.pairing.pair;

import java.time.Instant;
import org.flipside.pairing.PairOrigin;
import org.flipside.pairing.PairState;
import org.flipside.program.Side;

/** A {@code mentoring_pair} row as stored: participants by id, the closing columns as they are. */
public record PairRow(long id, long programId, long matchId, long menteeParticipantId, long mentorParticipantId,
                      PairOrigin origin, PairState state, Instant formedAt, String formedBy, Instant activatedAt,
                      PairState closingOutcome, Side closingRequestedBy, Instant closingRequestedAt,
                      String menteeCloseReason, String mentorCloseReason, String managerCloseReason,
                      Instant closedAt, String closedBy, long version) {

    public long participant(Side side) {
        return side == Side.MENTEE ? menteeParticipantId : mentorParticipantId;
    }
}
