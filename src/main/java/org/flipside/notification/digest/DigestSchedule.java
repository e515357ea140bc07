package org.flipside.notification.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a weekly digest is due: from Monday 08:00 on the recipient's own wall clock until the end of their ISO week,
 * so a Monday missed while no instance ran is caught up later that week. Working on the local date and time, not on
 * a fixed offset, keeps 08:00 at 08:00 across a daylight-saving change.
 */
public final class DigestSchedule {

    static final LocalTime SEND_FROM = LocalTime.of(8, 0);

    private DigestSchedule() {
    }

    /** The ISO week (e.g. {@code 2026-W14}) whose digest is due at {@code now}, or empty before Monday 08:00. */
    public static Optional<String> dueWeek(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant sendFrom = ZonedDateTime.of(monday, SEND_FROM, zone).toInstant();
        return now.isBefore(sendFrom) ? Optional.empty() : Optional.of(week(monday));
    }

    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
