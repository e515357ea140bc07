package org.flipside.pairing;

import java.util.List;
import java.util.Optional;

/**
 * Pairs without per-record rules, for listeners and scheduled jobs that act for nobody in particular (a survey opened
 * after a logged session, at a program's mid-point, a safety pulse). Never a way to show pairs to a person: pages and the API use
 * {@link Pairs}.
 */
public interface PairRoster {

    /** The pair, whatever its state; empty for an unknown id. */
    Optional<PairView> find(long pairId);

    /** The program's active pairs, oldest first, in a fixed number of queries. */
    List<PairView> activeIn(long programId);

    /** Every active pair of every program, oldest first, in a fixed number of queries. */
    List<PairView> active();
}
