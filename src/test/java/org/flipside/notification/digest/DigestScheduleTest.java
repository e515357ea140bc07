package org.flipside.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flipside.notification.outbox.RecipientZone;
import org.junit.jupiter.api.Test;

/** Monday 08:00 on the recipient's wall clock, across daylight-saving changes and year ends. */
class DigestScheduleTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void berlinMondayAfterClocksWentForwardStartsAnHourEarlierInUtc() {
        // Sunday 2026-03-29 02:00 CET became 03:00 CEST: Monday 08:00 is 06:00 UTC, a week before it was 07:00 UTC.
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-03-23T06:59:00Z"), BERLIN)).isEmpty();
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-03-23T07:00:00Z"), BERLIN)).contains("2026-W13");
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-03-30T05:59:59Z"), BERLIN)).isEmpty();
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-03-30T06:00:00Z"), BERLIN)).contains("2026-W14");
    }

    @Test
    void newYorkMondayAfterClocksWentBackStartsAnHourLaterInUtc() {
        // Sunday 2026-11-01 02:00 EDT became 01:00 EST: Monday 08:00 is 13:00 UTC, a week before it was 12:00 UTC.
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-10-26T12:00:00Z"), NEW_YORK)).contains("2026-W44");
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-02T12:30:00Z"), NEW_YORK)).isEmpty();
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-02T13:00:00Z"), NEW_YORK)).contains("2026-W45");
    }

    @Test
    void aMissedMondayIsDueUntilTheWeekEndsOnTheRecipientsClock() {
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-05T10:00:00Z"), ZoneOffset.UTC)).contains("2026-W45");
        // Sunday 23:30 in New York is already Monday in UTC, but still the old week for the recipient.
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-09T04:30:00Z"), NEW_YORK)).contains("2026-W45");
        // Monday 08:00 in Tokyo is Sunday 23:00 UTC.
        assertThat(DigestSchedule.dueWeek(Instant.parse("2026-11-08T23:00:00Z"), ZoneId.of("Asia/Tokyo")))
                .contains("2026-W46");
    }

    @Test
    void weeksAreIsoWeeksAcrossTheYearEnd() {
        assertThat(DigestSchedule.dueWeek(Instant.parse("2027-01-01T09:00:00Z"), ZoneOffset.UTC)).contains("2026-W53");
        assertThat(DigestSchedule.dueWeek(Instant.parse("2027-01-04T08:00:00Z"), ZoneOffset.UTC)).contains("2027-W01");
    }

    @Test
    void aBlankOrUnknownZoneIsUtc() {
        assertThat(RecipientZone.of(null)).isEqualTo(RecipientZone.UTC);
        assertThat(RecipientZone.of(" ")).isEqualTo(RecipientZone.UTC);
        assertThat(RecipientZone.of("Mars/Olympus")).isEqualTo(RecipientZone.UTC);
        assertThat(RecipientZone.of("Europe/Berlin")).isEqualTo(BERLIN);
    }
}
