package org.flipside.pairing.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A session's time as a person reads it: in their own zone, with the zone named, because the two people of a pair
 * often live in different ones.
 */
public final class SessionTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private SessionTimes() {
    }

    /** For example "Sat 28 Mar 2026, 09:00 (Europe/Berlin)". */
    public static String in(Instant instant, String zone) {
        ZoneId id = ZoneId.of(zone);
        return FORMAT.format(instant.atZone(id)) + " (" + id.getId() + ")";
    }
}
