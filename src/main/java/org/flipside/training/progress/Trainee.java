package org.flipside.training.progress;

import java.time.Instant;
import org.flipside.program.ParticipantState;
import org.flipside.program.Side;

/** What training needs to know of a participant: their program, side, where their enrolment stands and since when. */
public record Trainee(long participantId, long programId, Side side, ParticipantState state, Instant decidedAt) {
}
