package org.flipside.matching.run;

/** A pair a run proposes, with its score in tenths of a point and its explanation as JSON. */
public record Proposal(long runId, long menteeParticipantId, long mentorParticipantId, int score, boolean locked,
                       String explanation) {
}
