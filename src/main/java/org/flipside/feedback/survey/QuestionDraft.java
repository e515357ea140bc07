package org.flipside.feedback.survey;

import java.util.List;

/**
 * A question as a manager writes it. {@code section} groups questions under a heading (the final evaluation's four
 * levels); {@code maxLength} applies to free text only, {@code choices} to choice questions only.
 */
public record QuestionDraft(String section, QuestionKind kind, String text, Boolean required, Integer maxLength,
                            List<String> choices) {

    public QuestionDraft {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The choices one per line, as the edit form shows them. */
    public String choicesText() {
        return String.join("\n", choices);
    }
}
