package org.flipside.training;

import java.util.List;
import org.flipside.program.Side;

/**
 * How far a program's approved participants got with their role training, per side, for dashboards: one aggregate
 * query per side. Complete means every module served now for the side was passed, as in
 * {@link TrainingProgress#complete(long)}. No per-record rule applies: the caller decides who may see the figures.
 */
public interface TrainingFigures {

    /** Mentee side first. */
    List<SideCompletion> of(long programId);

    /** @param people approved participants of the side; {@code complete} of them finished every module */
    record SideCompletion(Side side, long people, long complete) {
    }
}
