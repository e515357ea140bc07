package org.flipside.program;

import java.util.List;

/** A question a manager adds to an application form; choices only for the choice types. */
public record NewQuestion(QuestionType type, String text, List<String> choices, boolean required) {

    public NewQuestion {
        choices = choices == null ? List.of() : choices.stream().map(c -> c == null ? "" : c.strip())
                .filter(c -> !c.isEmpty()).toList();
    }
}
