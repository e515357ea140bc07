package org.flipside.program;

import java.util.List;

/**
 * Who is on a program's roster, without per-record rules: for the application's own reactions to program events
 * (such as choosing a comparison group when a program starts), never to list participants to a person. Pages and
 * the API use {@link Enrollment}.
 */
public interface ProgramRosters {

    /** Every participant of the program in any state, oldest first. One query. */
    List<RosterEntry> of(long programId);

    /** One participant: who, on which side, where their enrolment stands. */
    record RosterEntry(long participantId, Side side, String employeeNumber, ParticipantState state) {
    }
}
