package org.flipside.program;

import java.time.Instant;

/** Published after a participation ended before matching: declined (by either side) or withdrawn. */
public record ParticipantLeft(long participantId, long programId, String employeeNumber, ParticipantState state,
                              Instant at) {
}
