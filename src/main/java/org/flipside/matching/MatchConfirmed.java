package org.flipside.matching;

import java.time.Instant;

/** Both people accepted: the mentor and the mentee form a pair. {@code score} is in tenths of a point. */
public record MatchConfirmed(long matchId, long programId, long menteeParticipantId, long mentorParticipantId,
                             int score, Instant confirmedAt) {
}
