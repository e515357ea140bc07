package org.flipside.feedback.survey;

import java.time.Instant;
import java.util.List;

/** An invitation as its person sees it: the survey's questions in the version the instance uses. */
public record SurveyForm(long invitationId, String title, String programName, boolean anonymous, Instant openedAt,
                         Instant closesAt, boolean closed, boolean answered, List<SurveyQuestion> questions) {

    public SurveyForm {
        questions = List.copyOf(questions);
    }
}
