package org.flipside.feedback.survey;

import java.util.List;

/**
 * One checked answer: a scale value or the index of the single choice in {@code number}, the indexes of a multiple
 * choice in {@code choices}, or free text in {@code text}.
 */
record Answer(long questionId, Integer number, List<Integer> choices, String text) {

    Answer {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
