package org.flipside.matching.scoring;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.flipside.program.AvailabilitySlot;

/**
 * Weekly availability as a bitmask of the week's 672 quarter hours in UTC, so that the time two people have in
 * common is a handful of AND and bit-count instructions. Slots are converted from each person's own time zone in one
 * fixed reference week (the week of Monday 5 January 2026, northern winter), so that the result never depends on the
 * day the matching runs, whichever side of a daylight-saving change it falls.
 */
final class WeeklySlots {

    static final int QUARTERS = 7 * 24 * 4;
    static final int WORDS = (QUARTERS + 63) / 64;
    static final LocalDate REFERENCE_MONDAY = LocalDate.of(2026, 1, 5);
    static final Instant REFERENCE_START = REFERENCE_MONDAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    /** The instant at which time-zone offsets are compared: midday UTC on the reference Wednesday. */
    static final Instant REFERENCE_MIDWEEK = REFERENCE_START.plus(Duration.ofHours(2 * 24 + 12));

    private WeeklySlots() {
    }

    /** The zone, or null when the text is missing or not a time zone. */
    static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The zone's offset from UTC in minutes in the reference week. */
    static int offsetMinutes(ZoneId zone) {
        return zone.getRules().getOffset(REFERENCE_MIDWEEK).getTotalSeconds() / 60;
    }

    static long[] mask(List<AvailabilitySlot> slots, ZoneId zone) {
        long[] mask = new long[WORDS];
        for (AvailabilitySlot slot : slots) {
            LocalDate day = REFERENCE_MONDAY.with(TemporalAdjusters.nextOrSame(slot.day()));
            Instant start = ZonedDateTime.of(day, slot.start(), zone).toInstant();
            Instant end = ZonedDateTime.of(day, slot.end(), zone).toInstant();
            long from = Math.floorDiv(Duration.between(REFERENCE_START, start).toMinutes(), 15);
            long to = Math.floorDiv(Duration.between(REFERENCE_START, end).toMinutes(), 15);
            for (long q = from; q < to; q++) {
                int bit = (int) Math.floorMod(q, QUARTERS); // early Monday in Tokyo is still Sunday in UTC: wrap round the week
                mask[bit >>> 6] |= 1L << (bit & 63);
            }
        }
        return mask;
    }

    static int common(long[] a, long[] b) {
        return common(a, 0, b, 0);
    }

    /** Quarter hours in common of the masks starting at {@code atA} in {@code a} and {@code atB} in {@code b}. */
    static int common(long[] a, int atA, long[] b, int atB) {
        int quarters = 0;
        for (int k = 0; k < WORDS; k++) {
            quarters += Long.bitCount(a[atA + k] & b[atB + k]);
        }
        return quarters;
    }

    static int count(long[] a) {
        int quarters = 0;
        for (long word : a) {
            quarters += Long.bitCount(word);
        }
        return quarters;
    }
}
