package org.flipside.feedback.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers for tests: every question answered the same way, free text with the given words. */
final class SurveyAnswers {

    private SurveyAnswers() {
    }

    static Map<Long, List<String>> full(List<SurveyQuestion> questions, String text) {
        return full(questions, text, null);
    }

    /** Scale answers take {@code scale} when given (clamped to the question's range), the top otherwise. */
    static Map<Long, List<String>> full(List<SurveyQuestion> questions, String text, Integer scale) {
        Map<Long, List<String>> answers = new LinkedHashMap<>();
        for (SurveyQuestion question : questions) {
            QuestionKind kind = question.kind();
            String value = kind.scale()
                    ? String.valueOf(scale == null ? kind.high() : Math.max(kind.low(), Math.min(kind.high(), scale)))
                    : kind.choice() ? "0" : text;
            if (value != null) {
                answers.put(question.id(), List.of(value));
            }
        }
        return answers;
    }
}
