package org.flipside.pairing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Counts of pairs and held sessions across programs, and who was paired with whom by employee number, for the
 * organisation's overview. No per-record rule applies and nothing a pair wrote leaves here: the caller decides who
 * may see organisation-wide aggregates and shows only aggregates.
 */
public interface PairCounts {

    /** Per program: pairs ever formed (any state) and sessions logged as held. Programs without pairs are left out. */
    Map<Long, Counts> of(Collection<Long> programIds);

    /** The two people of every pair ever formed in these programs, by employee number. One query. */
    List<Couple> couples(Collection<Long> programIds);

    /** A program's pairs and the sessions they held. */
    record Counts(long programId, int pairs, int sessionsHeld) {
    }

    /** One pair's two people. */
    record Couple(long pairId, long programId, String menteeNumber, String mentorNumber) {
    }
}
