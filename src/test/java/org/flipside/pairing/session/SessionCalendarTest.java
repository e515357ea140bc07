package org.flipside.pairing.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairOrigin;
import org.flipside.pairing.PairState;
import org.flipside.pairing.PairView;
import org.flipside.program.Cadence;
import org.flipside.program.Side;
import org.junit.jupiter.api.Test;

/** The calendar entries of one session, parsed back with ical4j as a calendar program would read them. */
class SessionCalendarTest {

    static final PairView PAIR = new PairView(7, 3, "Digital fluency", Cadence.FORTNIGHTLY, 0,
            new PairMember(11, Side.MENTEE, "E-1", "Helga Senior", "helga@example.com", "COO", "Board",
                    "Europe/Berlin"),
            new PairMember(12, Side.MENTOR, "E-2", "Sam Junior", "sam@example.com", "Analyst", "Data",
                    "America/New_York"),
            PairOrigin.MANUAL, PairState.ACTIVE, Instant.parse("2026-01-05T10:00:00Z"),
            Instant.parse("2026-01-05T10:00:00Z"), null, 0);

    static SessionRow session(int sequence, Instant start, int minutes, SessionStatus status, Instant cancelledAt) {
        return new SessionRow(42, PAIR.id(), "session-42-abc@flipside", sequence, start, minutes, "America/New_York",
                SessionMode.VIDEO, "https://meet.example.com/xyz", "Opening questions\n- What surprised you?",
                null, status, Side.MENTOR, cancelledAt == null ? null : Side.MENTEE, cancelledAt, null, null, null,
                List.of(), null, null, null, sequence);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElseThrow();
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void aNewSessionIsARequestWithItsTimesInUtcAndBothPeopleAsAttendees() throws Exception {
        Instant start = Instant.parse("2026-12-01T14:30:00Z");
        Calendar calendar = parse(SessionCalendar.entry(session(0, start, 45, SessionStatus.SCHEDULED, null), PAIR,
                "Mentoring session: Helga Senior and Sam Junior", "https://meet.example.com/xyz", false,
                Instant.parse("2026-11-20T08:00:00Z")));

        assertThat(value(calendar, "METHOD")).isEqualTo("REQUEST");
        assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
        VEvent event = event(calendar);
        assertThat(value(event, "UID")).isEqualTo("session-42-abc@flipside");
        assertThat(value(event, "SEQUENCE")).isEqualTo("0");
        assertThat(value(event, "DTSTART")).isEqualTo("20261201T143000Z");
        assertThat(value(event, "DTEND")).isEqualTo("20261201T151500Z");
        assertThat(value(event, "DTSTAMP")).isEqualTo("20261120T080000Z");
        assertThat(value(event, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(event, "SUMMARY")).isEqualTo("Mentoring session: Helga Senior and Sam Junior");
        assertThat(value(event, "DESCRIPTION")).isEqualTo("Opening questions\n- What surprised you?");
        assertThat(value(event, "LOCATION")).isEqualTo("https://meet.example.com/xyz");
        Property organizer = event.getProperty("ORGANIZER").orElseThrow();
        assertThat(organizer.getValue()).isEqualTo("mailto:sam@example.com");
        assertThat(organizer.getParameter("CN").map(Parameter::getValue)).contains("Sam Junior");
        List<Attendee> attendees = event.getProperties("ATTENDEE");
        assertThat(attendees).extracting(Property::getValue)
                .containsExactly("mailto:helga@example.com", "mailto:sam@example.com");
        assertThat(attendees).extracting(a -> a.getParameter("CN").map(Parameter::getValue).orElseThrow())
                .containsExactly("Helga Senior", "Sam Junior");
        assertThat(attendees).extracting(a -> a.getParameter("PARTSTAT").map(Parameter::getValue).orElseThrow())
                .containsExactly("NEEDS-ACTION", "ACCEPTED");
        calendar.validate();
    }

    @Test
    void anUpdateAndACancellationKeepTheUidAndRaiseTheSequence() throws Exception {
        Instant start = Instant.parse("2026-12-01T14:30:00Z");
        Calendar first = parse(SessionCalendar.entry(session(0, start, 45, SessionStatus.SCHEDULED, null), PAIR,
                "s", "l", false, Instant.parse("2026-11-20T08:00:00Z")));
        Calendar moved = parse(SessionCalendar.entry(session(1, start.plusSeconds(3600), 60,
                SessionStatus.SCHEDULED, null), PAIR, "s", "l", false, Instant.parse("2026-11-21T08:00:00Z")));
        Calendar cancelled = parse(SessionCalendar.entry(session(2, start.plusSeconds(3600), 60,
                SessionStatus.CANCELLED, Instant.parse("2026-11-22T08:00:00Z")), PAIR, "s", "l", true,
                Instant.parse("2026-11-22T08:00:00Z")));

        assertThat(List.of(first, moved, cancelled)).extracting(c -> value(event(c), "UID")).containsOnly(
                "session-42-abc@flipside");
        assertThat(List.of(first, moved, cancelled)).extracting(c -> Integer.valueOf(value(event(c), "SEQUENCE")))
                .containsExactly(0, 1, 2);
        assertThat(value(moved, "METHOD")).isEqualTo("REQUEST");
        assertThat(value(event(moved), "DTSTART")).isEqualTo("20261201T153000Z");
        assertThat(value(cancelled, "METHOD")).isEqualTo("CANCEL");
        assertThat(value(event(cancelled), "STATUS")).isEqualTo("CANCELLED");
        assertThat(SessionInvitations.cancelledAhead(session(2, start, 60, SessionStatus.CANCELLED,
                start.minusSeconds(60)))).isTrue();
        assertThat(SessionInvitations.cancelledAhead(session(2, start, 60, SessionStatus.CANCELLED,
                start.plusSeconds(60)))).isFalse();
    }
}
