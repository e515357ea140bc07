package org.flipside.program;

import java.util.List;

/**
 * One question of a program's application form, in the order applicants see it. A {@code retired} question was
 * removed after people had answered it: it is kept with those answers but no longer asked of new applicants.
 */
public record Question(long id, long programId, int position, QuestionType type, String text, List<String> choices,
                       boolean required, boolean retired) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A question still asked of applicants. */
    public Question(long id, long programId, int position, QuestionType type, String text, List<String> choices,
                    boolean required) {
        this(id, programId, position, type, text, choices, required, false);
    }
}
