package org.flipside.matching;

import java.time.Instant;
import org.flipside.program.Side;

/** One of the two people declined; both are free for the next run. */
public record MatchDeclined(long matchId, long programId, long menteeParticipantId, long mentorParticipantId,
                            Side declinedBy, Instant declinedAt) {
}
