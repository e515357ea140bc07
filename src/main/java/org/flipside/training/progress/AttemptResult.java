package org.flipside.training.progress;

import java.util.List;

/**
 * What one submission of a module's answers came to.
 *
 * @param passed            every answer was right
 * @param outcomes          per question, in order: what was chosen, whether it was right, and why
 * @param trainingCompleted this submission passed the last module of the participant's side
 */
public record AttemptResult(String moduleCode, boolean passed, List<Outcome> outcomes, boolean trainingCompleted) {

    public AttemptResult {
        outcomes = List.copyOf(outcomes);
    }

    public List<Integer> wrong() {
        return outcomes.stream().filter(o -> !o.right()).map(Outcome::question).toList();
    }

    /** One answered question: the option chosen (0-based) and the explanation shown after answering. */
    public record Outcome(int question, int chosen, boolean right, String explanation) {
    }
}
