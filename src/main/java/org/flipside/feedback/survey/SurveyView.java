package org.flipside.feedback.survey;

import java.util.List;

/**
 * A program's survey as its managers see it: the current version's questions, and how many instances were opened.
 *
 * @param versionNumber the number of the current question version (from 1)
 * @param version       for optimistic locking of edits
 */
public record SurveyView(long id, long programId, String templateKey, String title, boolean anonymous,
                         Audience audience, SurveyTrigger trigger, boolean enabled, int versionNumber,
                         List<SurveyQuestion> questions, long instances, long version) {

    public SurveyView {
        questions = List.copyOf(questions);
    }
}
