package org.flipside.analytics.overview;

import java.util.Arrays;
import java.util.Optional;

/**
 * Generation bands by birth year, as commonly named. The page lists each band with its years so that nobody has to
 * guess where a line was drawn.
 */
public enum GenerationBand {
    BEFORE_BOOMERS(Integer.MIN_VALUE, 1945),
    BABY_BOOMERS(1946, 1964),
    GENERATION_X(1965, 1980),
    MILLENNIALS(1981, 1996),
    GENERATION_Z(1997, 2012),
    GENERATION_ALPHA(2013, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    GenerationBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The band of a birth year; empty when the directory does not know it. */
    public static Optional<GenerationBand> of(Integer birthYear) {
        if (birthYear == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(b -> birthYear >= b.from && birthYear <= b.to).findFirst();
    }

    /** The first birth year of the band; {@code null} when it is open towards the past. */
    public Integer fromYear() {
        return from == Integer.MIN_VALUE ? null : from;
    }

    /** The last birth year of the band; {@code null} when it is open towards the future. */
    public Integer toYear() {
        return to == Integer.MAX_VALUE ? null : to;
    }

    public String messageKey() {
        return "analytics.generation." + name();
    }
}
