package org.flipside.matching;

import java.time.Instant;
import org.flipside.program.Side;

/**
 * One of the two people declined; both are free for the next run. The reason stays with the program's managers: it
 * is not part of the event.
 */
public record MatchDeclined(long matchId, long programId, String programName, long menteeParticipantId,
                            long mentorParticipantId, MatchPerson mentee, MatchPerson mentor, Side declinedBy,
                            Instant declinedAt) {
}
