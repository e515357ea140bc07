package org.flipside.pairing;

import java.util.List;

/**
 * The active pairs of every program, without per-record rules, for scheduled jobs of other modules that act for
 * nobody in particular (such as inviting junior mentors to a pulse). Never a way to show pairs to a person: pages and
 * the API use {@link Pairs}.
 */
public interface ActivePairs {

    /** Every pair in state ACTIVE, oldest first. */
    List<PairView> all();
}
