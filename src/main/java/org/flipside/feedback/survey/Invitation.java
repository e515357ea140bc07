package org.flipside.feedback.survey;

import java.time.Instant;
import java.time.LocalDate;
import org.flipside.program.Side;

/** One person's invitation to one instance of a survey, with what the form and reminders need. */
record Invitation(long id, long instanceId, long surveyId, long versionId, long programId, String programName,
                  Long pairId, String title, boolean anonymous, String employeeNumber, Side side, String fullName,
                  String email, String timeZone, String department, boolean answered, LocalDate openedOn,
                  Instant openedAt, Instant closesAt) {

    boolean closed(Instant now) {
        return !now.isBefore(closesAt);
    }
}
