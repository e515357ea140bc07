package org.flipside.training;

import java.time.Instant;

/** A participant passed the last of their side's training modules. */
public record TrainingCompleted(long programId, long participantId, Instant at) {
}
