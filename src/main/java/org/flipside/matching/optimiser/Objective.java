package org.flipside.matching.optimiser;

/**
 * Turns the two-level goal (matches, then score; or score, then matches) into one integer weight per pair, so that
 * maximising the sum of weights is exactly the lexicographic goal. {@code matchLimit} is the most mentees any
 * assignment can match (mentees or seats, whichever is fewer).
 */
public record Objective(Priority priority, long matchLimit) {

    public Objective {
        if (priority == null) {
            throw new IllegalArgumentException("priority: required");
        }
        if (matchLimit < 0) {
            throw new IllegalArgumentException("matchLimit: must not be negative, was " + matchLimit);
        }
    }

    public static Objective of(Priority priority, int mentees, int[] capacity) {
        long seats = 0;
        for (int c : capacity) {
            seats += c;
        }
        return new Objective(priority, Math.min(mentees, seats));
    }

    /**
     * Matches first: every match is worth more than the best possible total score, so one more match always wins.
     * Score first: a tenth of a point is worth more than matching everyone, so the count only breaks ties.
     */
    public long weight(int score) {
        return priority == Priority.MOST_MATCHES_FIRST ? score + matchBonus() : score * (matchLimit + 1) + 1;
    }

    /** The score whose weight is {@code weight}: the inverse of {@link #weight}. */
    public int score(long weight) {
        return (int) (priority == Priority.MOST_MATCHES_FIRST ? weight - matchBonus() : (weight - 1) / (matchLimit + 1));
    }

    /** The largest weight any pair can have. */
    public long maxWeight() {
        return weight(PairScores.MAX_SCORE);
    }

    private long matchBonus() {
        return (long) PairScores.MAX_SCORE * matchLimit + 1;
    }

    /** An upper bound on the tenths of score a better assignment could add (with as many matches, if those come first). */
    public long scoreGapTenths(long weightGap) {
        if (weightGap <= 0) {
            return 0;
        }
        return priority == Priority.MOST_MATCHES_FIRST ? weightGap : (weightGap + matchLimit) / (matchLimit + 1);
    }

    /** An upper bound on how many more mentees a better assignment could match (at an equal score, if that comes first). */
    public long matchesGap(long weightGap) {
        if (weightGap <= 0) {
            return 0;
        }
        return priority == Priority.MOST_MATCHES_FIRST
                ? (weightGap + PairScores.MAX_SCORE * matchLimit) / matchBonus()
                : Math.min(weightGap, matchLimit);
    }
}
