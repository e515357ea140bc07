package org.flipside.pairing.session;

import java.time.Instant;
import java.util.List;
import org.flipside.program.Side;

/**
 * One row of {@code pair_session}.
 *
 * @param timeZone the zone the start was written in (the scheduler's, or whoever moved it last)
 * @param topics   the topics a held session covered, in the order chosen
 */
record SessionRow(long id, long pairId, String uid, int sequence, Instant startsAt, int minutes, String timeZone,
                  SessionMode mode, String location, String agenda, Long guideId, SessionStatus status,
                  Side scheduledBy, Side cancelledBy, Instant cancelledAt, String cancelReason, NoShowSide noShow,
                  Integer actualMinutes, List<String> topics, String takeaway, Instant loggedAt, Side loggedBy,
                  long version) {

    SessionRow {
        topics = List.copyOf(topics);
    }

    Instant endsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }
}
