package org.flipside.matching;

import java.time.Instant;

/**
 * Both people accepted: the mentor and the mentee form a pair. {@code score} is in tenths of a point; the two people
 * are named so that listeners can tell them without reading matching's tables.
 */
public record MatchConfirmed(long matchId, long programId, String programName, long menteeParticipantId,
                             long mentorParticipantId, MatchPerson mentee, MatchPerson mentor, int score,
                             Instant confirmedAt) {
}
