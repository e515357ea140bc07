package org.flipside.training.setting;

import java.time.Instant;

/**
 * A program's training setting. A program that never saved one does not require training and is at version 0.
 *
 * @param updatedAt null until first saved
 */
public record TrainingSetting(long programId, boolean requiredBeforePairing, Instant updatedAt, String updatedBy,
                              long version) {

    public static TrainingSetting initial(long programId) {
        return new TrainingSetting(programId, false, null, null, 0);
    }
}
