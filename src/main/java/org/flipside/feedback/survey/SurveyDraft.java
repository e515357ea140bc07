package org.flipside.feedback.survey;

import java.util.List;

/**
 * A manager's edit of a survey: everything at once, questions in their new order. {@code version} is the survey's
 * version the manager read; a different one is refused as a stale edit.
 */
public record SurveyDraft(String title, Boolean anonymous, Audience audience, Boolean enabled,
                          List<QuestionDraft> questions, Long version) {

    public SurveyDraft {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
