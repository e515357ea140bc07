package org.flipside.feedback.survey;

import java.util.List;

/**
 * The results of one question over the respondents in view. When {@code withheld} is set (a plain sentence saying
 * why), every figure is null or empty.
 *
 * @param distribution how many chose each scale value or choice, in the question's order
 * @param nps          net promoter score (likelihood questions): % answering 9–10 minus % answering 0–6
 * @param texts        free-text answers, in alphabetical order so they carry no order of answering
 */
public record QuestionResult(String section, QuestionKind kind, String text, Long answered, Double mean,
                             List<Bar> distribution, Integer nps, List<String> texts, String withheldReason,
                             String withheld) {

    public QuestionResult {
        distribution = List.copyOf(distribution);
        texts = List.copyOf(texts);
    }

    /** One bar of a distribution. */
    public record Bar(String label, long count) {
    }
}
