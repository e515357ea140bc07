package org.flipside.pairing.session;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A session plan that passed every check: the start in UTC and the zone it was written in.
 *
 * @param location a place or an http(s) link; {@code null} when none was given
 * @param guideId  the conversation guide the agenda drew on first; {@code null} for an agenda of free lines only
 */
record Planned(Instant start, int minutes, ZoneId zone, SessionMode mode, String location, String agenda,
               Long guideId) {

    Instant end() {
        return start.plusSeconds(60L * minutes);
    }

    /** Whether the two plans differ in anything a calendar entry shows. */
    boolean differsFrom(SessionRow row) {
        return !start.equals(row.startsAt()) || minutes != row.minutes() || mode != row.mode()
                || !java.util.Objects.equals(location, row.location()) || !agenda.equals(row.agenda());
    }
}
