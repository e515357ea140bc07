package org.flipside.feedback.survey;

import java.util.List;

/** A survey Flipside offers ready-made; a manager copies it into a program and edits the copy. */
public record SurveyTemplate(String key, String title, String purpose, SurveyTrigger trigger, boolean anonymous,
                             Audience audience, List<QuestionDraft> questions) {

    public SurveyTemplate {
        questions = List.copyOf(questions);
    }
}
