package org.flipside.training.report;

import java.util.List;

/** A program's training completion for its managers: per side, per module. */
public record CompletionFigures(long programId, boolean requiredBeforePairing, List<SideCompletion> sides,
                                List<ModuleCompletion> modules) {

    public CompletionFigures {
        sides = List.copyOf(sides);
        modules = List.copyOf(modules);
    }
}
