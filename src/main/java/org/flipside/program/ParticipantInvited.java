package org.flipside.program;

import java.time.Instant;

/** Published after a manager invited someone to a program; the notification module mails the invitation. */
public record ParticipantInvited(long participantId, long programId, String programName, Side side,
                                 String employeeNumber, String fullName, String email, Instant at) {
}
