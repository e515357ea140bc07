package org.flipside.training;

import java.util.Collection;
import java.util.Map;

/**
 * Where participants stand with their role training. These reads apply no per-record rules: they are for other
 * modules' decisions (may a pair become active?), not for showing to a person.
 */
public interface TrainingProgress {

    /** Whether the program requires every participant to finish their side's modules before their pair is active. */
    boolean requiredBeforePairing(long programId);

    /** Whether the participant passed every module for their side. */
    boolean complete(long participantId);

    /** {@link #complete(long)} for many participants in a few queries; unknown ids are left out. */
    Map<Long, Boolean> complete(Collection<Long> participantIds);
}
