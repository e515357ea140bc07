package org.flipside.pairing.cadence;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Where an active pair stands against its program's cadence, and why it is at risk if it is.
 *
 * @param anchor      start of the last held session, or the activation while none was held
 * @param dueAt       when the next meeting is due
 * @param nextPlanned the earliest session scheduled after the anchor, or {@code null}
 * @param reasons     why the pair is at risk; empty when it is not (for managers only)
 */
public record PairCadence(long pairId, long programId, CadenceState state, Instant anchor, Instant dueAt,
                          Instant nextPlanned, List<AtRiskReason> reasons) {

    /** The order at-risk pairs are shown in: furthest behind on their sessions first, then the oldest pair. */
    public static final Comparator<PairCadence> WORST_FIRST = Comparator.comparing(PairCadence::state).reversed()
            .thenComparingLong(PairCadence::pairId);

    public PairCadence {
        reasons = List.copyOf(reasons);
    }

    /** A pair is at risk when any reason says so, the cadence state AT_RISK being one of them. */
    public boolean atRisk() {
        return !reasons.isEmpty();
    }
}
