package org.flipside.training.module;

import java.util.List;
import org.flipside.program.Side;

/**
 * One role-training module: a short text for one side of the pair and the questions that confirm it was understood.
 *
 * @param code     stable identifier, kept across content edits because passes are recorded against it
 * @param position order within the side, from 1
 * @param markdown the text as written; pages show it rendered with raw HTML escaped
 */
public record TrainingModule(String code, Side side, int position, String title, String summary, int minutes,
                             String markdown, List<CheckQuestion> questions) {

    public TrainingModule {
        questions = List.copyOf(questions);
    }
}
