package org.flipside.matching.consent;

import java.time.Instant;
import org.flipside.program.Side;

/** A stored match with both people's answers; {@code score} is in tenths of a point. */
public record MentorMatch(long id, long programId, Long runId, long menteeParticipantId, long mentorParticipantId,
                          MatchOrigin origin, MatchState state, int score, String explanation, Answer menteeAnswer,
                          Instant menteeAnsweredAt, Answer mentorAnswer, Instant mentorAnsweredAt,
                          String declineReason, Instant respondBy, Instant createdAt, String createdBy,
                          Instant closedAt, long version) {

    /** The participant on the given side. */
    public long participant(Side side) {
        return side == Side.MENTEE ? menteeParticipantId : mentorParticipantId;
    }

    public Answer answer(Side side) {
        return side == Side.MENTEE ? menteeAnswer : mentorAnswer;
    }

    /** Open and past its deadline: the expiry job closes it on its next round. */
    public boolean overdue(Instant now) {
        return state.open() && respondBy.isBefore(now);
    }
}
