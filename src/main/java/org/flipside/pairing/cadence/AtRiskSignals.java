package org.flipside.pairing.cadence;

import java.util.List;
import java.util.Map;

/**
 * A further source of reasons why pairs are at risk, beyond their sessions (which {@link CadenceTracker} reads
 * itself): a part of the workspace with its own warning sign, such as an agreement left unsigned, implements it as a
 * bean. It must answer for many pairs in a fixed number of queries (see {@link TrackedPairs} for reading a whole
 * program's rows instead of a long list of ids).
 */
@org.springframework.modulith.NamedInterface("cadence")
public interface AtRiskSignals {

    /** Reasons by pair id, for those of {@code pairs} only; pairs without any may be left out. */
    Map<Long, List<AtRiskReason>> reasons(TrackedPairs pairs);
}
