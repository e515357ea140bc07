package org.flipside.analytics.comparison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flipside.program.Side;

/**
 * A program's participants at its start and the comparison person chosen for each.
 *
 * @param startDate the day outcomes are measured from
 * @param seed      the seed of the random choice, kept so the choice can be explained and repeated
 */
public record ComparisonGroup(long programId, LocalDate startDate, long seed, Instant chosenAt, int unmatchedMentors,
                              int unmatchedMentees, List<Pairing> members) {

    public ComparisonGroup {
        members = List.copyOf(members);
    }

    /** A participant and the non-participant compared with them; {@code comparisonNumber} is null without a match. */
    public record Pairing(long participantId, Side side, String participantNumber, String comparisonNumber) {
    }

    public int unmatched(Side side) {
        return side == Side.MENTOR ? unmatchedMentors : unmatchedMentees;
    }
}
