package org.flipside.pairing.session;

import java.time.Instant;
import java.util.List;
import org.flipside.program.Side;

/**
 * A session of a pair as its people and its program's managers see it. Times are UTC instants; pages write them in
 * each viewer's own zone.
 *
 * @param timeZone      the zone the start was written in
 * @param sequence      the calendar entry's sequence: 0 when scheduled, one more at every change
 * @param cancelledBy   the side that cancelled, for a cancelled session
 * @param noShow        who did not come, for a missed session
 * @param actualMinutes how long a held session took
 */
public record SessionView(long id, long pairId, String uid, int sequence, Instant start, Instant end, int minutes,
                          String timeZone, SessionMode mode, String location, String agenda, SessionStatus status,
                          Side scheduledBy, Side cancelledBy, Instant cancelledAt, String cancelReason,
                          NoShowSide noShow, Integer actualMinutes, List<String> topics, String takeaway,
                          Instant loggedAt, Side loggedBy, long version) {

    public SessionView {
        topics = List.copyOf(topics);
    }

    static SessionView of(SessionRow row) {
        return new SessionView(row.id(), row.pairId(), row.uid(), row.sequence(), row.startsAt(), row.endsAt(),
                row.minutes(), row.timeZone(), row.mode(), row.location(), row.agenda(), row.status(),
                row.scheduledBy(), row.cancelledBy(), row.cancelledAt(), row.cancelReason(), row.noShow(),
                row.actualMinutes(), row.topics(), row.takeaway(), row.loggedAt(), row.loggedBy(), row.version());
    }

    /** Whether the session has begun (or is over) at {@code now}: only then can it be logged. */
    public boolean startedBy(Instant now) {
        return !start.isAfter(now);
    }

    public boolean scheduled() {
        return status == SessionStatus.SCHEDULED;
    }
}
