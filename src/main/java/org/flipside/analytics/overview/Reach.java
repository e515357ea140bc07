package org.flipside.analytics.overview;

import java.util.List;

/**
 * Cross-generation reach: of the pairs whose two people's birth years are known, how many put two generation bands
 * together, and which. Pairs are counted, and a cell over too few pairs is withheld.
 *
 * @param known    pairs whose two people have a known birth year
 * @param crossing pairs across two bands
 * @param percent  crossing as a whole percent of known; {@code null} when withheld or over nobody
 */
public record Reach(int known, Count crossing, Integer percent, List<BandPair> bandPairs) {

    public Reach {
        bandPairs = List.copyOf(bandPairs);
    }

    /** Pairs with a mentor of one band and a mentee of another (or the same). */
    public record BandPair(GenerationBand mentorBand, GenerationBand menteeBand, Count pairs) {
    }
}
