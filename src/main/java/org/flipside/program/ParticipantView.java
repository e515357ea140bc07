package org.flipside.program;

import java.time.Instant;

/** One participant as the pages and the API show them: who, in which program, on which side, and where they stand. */
public record ParticipantView(long id, long programId, String programName, String employeeNumber, String fullName,
                              String department, Integer grade, Side side, ParticipantState state, String stateReason,
                              Instant invitedAt, Instant appliedAt, Instant decidedAt, String decidedBy,
                              Instant consentAt, String consentVersion, long version) {
}
