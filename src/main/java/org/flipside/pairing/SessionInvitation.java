package org.flipside.pairing;

import java.time.Instant;
import java.util.List;

/**
 * A session was scheduled, moved or cancelled: both people get a mail with the calendar entry attached. Every
 * version of a session's entry has the same {@code uid} and a higher {@code sequence}, so calendar programs update
 * or remove the entry they already have.
 *
 * @param change    what happened to the session
 * @param start     the start, in UTC; mails show it in each attendee's own zone
 * @param ics       the iCalendar text (METHOD:REQUEST, or METHOD:CANCEL for a cancellation)
 * @param attendees the pair's two people
 */
public record SessionInvitation(long sessionId, long pairId, long programId, String programName, Change change,
                                String uid, int sequence, Instant start, int minutes, String mode, String agenda,
                                List<PairMember> attendees, String ics, Instant at) {

    public SessionInvitation {
        attendees = List.copyOf(attendees);
    }

    public enum Change {
        SCHEDULED, UPDATED, CANCELLED
    }
}
