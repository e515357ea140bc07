package org.flipside.training.module;

import java.util.List;

/**
 * A question that confirms a reader understood a module: a few options, exactly one of them right, and a short
 * explanation shown once the reader has answered.
 *
 * @param number  1-based position within the module, the key of an answer
 * @param correct 0-based index of the right option
 */
public record CheckQuestion(int number, String text, List<String> options, int correct, String explanation) {

    public CheckQuestion {
        options = List.copyOf(options);
    }

    public boolean rightAnswer(Integer chosen) {
        return chosen != null && chosen == correct;
    }
}
