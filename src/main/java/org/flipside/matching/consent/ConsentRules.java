package org.flipside.matching.consent;

import java.time.Instant;
import org.flipside.program.Side;

/** How one answer changes a match: both accepts confirm it, one decline closes it and keeps the reason. */
final class ConsentRules {

    private ConsentRules() {
    }

    static MentorMatch answered(MentorMatch m, Side side, Answer answer, String reason, Instant now) {
        Answer mentee = side == Side.MENTEE ? answer : m.menteeAnswer();
        Instant menteeAt = side == Side.MENTEE ? now : m.menteeAnsweredAt();
        Answer mentor = side == Side.MENTOR ? answer : m.mentorAnswer();
        Instant mentorAt = side == Side.MENTOR ? now : m.mentorAnsweredAt();
        MatchState state = m.state();
        Instant closed = null;
        String declineReason = m.declineReason();
        if (answer == Answer.DECLINE) {
            state = MatchState.DECLINED;
            closed = now;
            declineReason = reason;
        } else if (mentee == Answer.ACCEPT && mentor == Answer.ACCEPT) {
            state = MatchState.CONFIRMED;
            closed = now;
        }
        return new MentorMatch(m.id(), m.programId(), m.runId(), m.menteeParticipantId(), m.mentorParticipantId(),
                m.origin(), state, m.score(), m.explanation(), mentee, menteeAt, mentor, mentorAt, declineReason,
                m.respondBy(), m.createdAt(), m.createdBy(), closed, m.version());
    }

    /** The match closed by a manager or the deadline: no answer changes, no reason. */
    static MentorMatch closed(MentorMatch m, MatchState state, Instant now) {
        return new MentorMatch(m.id(), m.programId(), m.runId(), m.menteeParticipantId(), m.mentorParticipantId(),
                m.origin(), state, m.score(), m.explanation(), m.menteeAnswer(), m.menteeAnsweredAt(),
                m.mentorAnswer(), m.mentorAnsweredAt(), m.declineReason(), m.respondBy(), m.createdAt(),
                m.createdBy(), now, m.version());
    }
}
