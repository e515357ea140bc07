package org.flipside.program;

import java.time.Instant;

/** Published after someone applied to a program, answering an invitation or enrolling themselves. */
public record ParticipantApplied(long participantId, long programId, Side side, String employeeNumber, Instant at) {
}
