package org.flipside.training.progress;

import java.time.Instant;
import org.flipside.training.module.TrainingModule;

/** One module as a participant sees it: whether and when they passed it, and how often they tried. */
public record ModuleStatus(TrainingModule module, boolean passed, Instant passedAt, int attempts) {
}
