package org.flipside.feedback.survey;

import java.util.List;

/** A question of one version of a survey, in its place (from 1). */
public record SurveyQuestion(long id, int place, String section, QuestionKind kind, String text, boolean required,
                             Integer maxLength, List<String> choices) {

    public SurveyQuestion {
        choices = List.copyOf(choices);
    }

    public QuestionDraft draft() {
        return new QuestionDraft(section, kind, text, required, maxLength, choices);
    }
}
