package org.flipside.matching.optimiser;

/**
 * Hears how far a solve has come: the phase ("shortlisting", "optimising", "checking optimality") and the fraction of
 * that phase done, from 0 to 1. Called from the solver's threads, one call at a time.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (phase, fraction) -> { };

    void progress(String phase, double fraction);
}
