package org.flipside.training;

import java.time.Instant;

/** A program manager switched the requirement to finish role training before a pair becomes active on or off. */
public record TrainingRequirementChanged(long programId, boolean required, Instant at) {
}
