package org.flipside.pairing.cadence;

import java.util.Set;

/**
 * The active pairs an {@link AtRiskSignals} source is asked about. When {@code programId} is set they all belong to
 * that program, so a source may read the program's rows and keep those of these pairs: a condition on one program
 * is far cheaper for the database than a list of thousands of ids.
 */
@org.springframework.modulith.NamedInterface("cadence")
public record TrackedPairs(Long programId, Set<Long> ids) {

    /** Up to this many pairs are best read by their ids. */
    public static final int FEW = 100;

    public TrackedPairs {
        ids = Set.copyOf(ids);
    }

    public boolean contains(long pairId) {
        return ids.contains(pairId);
    }

    /** Read by ids: few pairs, or pairs of several programs. */
    public boolean byIds() {
        return ids.size() <= FEW;
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }
}
