package org.flipside.identity.web;

import java.time.ZoneId;
import java.util.List;

/** The IANA zone names offered in time-zone pickers, region zones only, sorted. */
final class TimeZones {

    static final List<String> CHOICES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    private TimeZones() {
    }
}
