package org.flipside.feedback.survey;

import java.time.Instant;

/** A survey waiting for the signed-in person's answer. */
public record OpenSurvey(long invitationId, long surveyId, String title, String programName, boolean anonymous, Instant closesAt) {
}
