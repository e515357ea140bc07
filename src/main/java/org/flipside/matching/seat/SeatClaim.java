package org.flipside.matching.seat;

/** A match asking for one of its mentor's seats and its mentee's only seat. */
public record SeatClaim(long matchId, long mentorParticipantId, long menteeParticipantId, int mentorCapacity) {
}
