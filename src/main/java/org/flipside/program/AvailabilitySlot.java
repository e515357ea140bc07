package org.flipside.program;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly window in which a participant can meet, in the time zone of their profile. */
public record AvailabilitySlot(DayOfWeek day, LocalTime start, LocalTime end) {
}
