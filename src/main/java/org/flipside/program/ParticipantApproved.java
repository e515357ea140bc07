package org.flipside.program;

import java.time.Instant;

/** Published after a manager approved an application: the participant is ready for matching. */
public record ParticipantApproved(long participantId, long programId, Side side, String employeeNumber, Instant at) {
}
