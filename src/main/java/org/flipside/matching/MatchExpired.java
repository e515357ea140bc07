package org.flipside.matching;

import java.time.Instant;

/** Nobody answered in time: the match lapsed and both people are free for the next run. */
public record MatchExpired(long matchId, long programId, long menteeParticipantId, long mentorParticipantId,
                           MatchPerson mentee, MatchPerson mentor, Instant expiredAt) {
}
