package org.flipside.matching;

import java.time.Instant;

/**
 * A match now waits for answers: a manager published it ({@code requested} false: both people answer) or a mentee
 * requested a mentor ({@code requested} true: the mentor answers).
 */
public record MatchProposed(long matchId, long programId, String programName, boolean requested, MatchPerson mentee,
                            MatchPerson mentor, Instant respondBy) {
}
