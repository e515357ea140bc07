package org.flipside.notification.outbox;

import java.time.DateTimeException;
import java.time.ZoneId;

/** The time zone mails use for a person: their IANA zone id, or UTC when it is blank or unknown. */
public final class RecipientZone {

    public static final ZoneId UTC = ZoneId.of("UTC");

    private RecipientZone() {
    }

    public static ZoneId of(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(timeZone.trim());
        } catch (DateTimeException e) {
            return UTC;
        }
    }
}
