package org.flipside.matching;

import java.util.List;

/**
 * A program's confirmed matches in figures, for dashboards: two aggregate queries. No per-record rule applies: the
 * caller decides who may see a program's figures.
 */
public interface MatchFigures {

    /** Width of a score band in tenths of a point: five bands over the score's 0–1000. */
    int BAND_WIDTH = 200;

    ConfirmedMatches of(long programId);

    /**
     * @param matchedPeople participants (either side) in at least one confirmed match
     * @param bands         confirmed matches per score band, lowest band first, always five bands
     */
    record ConfirmedMatches(long matches, long matchedPeople, List<ScoreBand> bands) {

        public ConfirmedMatches {
            bands = List.copyOf(bands);
        }
    }

    /** Matches scoring from {@code from} up to {@code to} points (the last band includes 100). */
    record ScoreBand(int from, int to, long matches) {
    }
}
