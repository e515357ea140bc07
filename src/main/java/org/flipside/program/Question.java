package org.flipside.program;

import java.util.List;

/** One question of a program's application form, in the order applicants see it. */
public record Question(long id, long programId, int position, QuestionType type, String text, List<String> choices,
                       boolean required) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
