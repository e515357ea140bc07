package org.flipside.feedback.safety;

import java.time.Instant;

/**
 * One junior mentor's invitation to one round of the pulse. It tells whether it was answered and nothing of the
 * answer.
 *
 * @param opensAt  the start of the round, counted from the pair's activation
 * @param closesAt after this the invitation takes no answer
 */
@org.springframework.modulith.NamedInterface("safety")
public record PulseInvitation(long id, long pairId, long programId, String programName, String menteeName,
                              int round, Instant opensAt, Instant closesAt, boolean answered) {

    public boolean openAt(Instant now) {
        return !answered && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
