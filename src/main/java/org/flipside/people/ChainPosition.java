package org.flipside.people;

/**
 * Where a person sits in the management forest, so that a caller comparing many pairs can keep these numbers in
 * arrays instead of looking people up by employee number for every pair. Everyone a person manages, at any depth,
 * has an {@code enter} inside the person's interval {@code [enter, exit)}. People on one reporting cycle share a
 * position.
 *
 * @param depth levels below the top of the person's part of the organisation (0 at the top)
 */
public record ChainPosition(int enter, int exit, int depth) {

    /** Whether either manages the other; with {@code maxLevels} above 0 only when at most that many levels apart. */
    public boolean inChainWith(ChainPosition other, int maxLevels) {
        return inChain(enter, exit, depth, other.enter, other.exit, other.depth, maxLevels);
    }

    /** The same test on bare numbers, for callers that keep positions in primitive arrays. */
    public static boolean inChain(int enterA, int exitA, int depthA, int enterB, int exitB, int depthB,
                                  int maxLevels) {
        boolean related = (enterA <= enterB && enterB < exitA) || (enterB <= enterA && enterA < exitB);
        return related && (maxLevels <= 0 || Math.abs(depthA - depthB) <= maxLevels);
    }
}
