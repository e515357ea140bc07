package org.flipside.pairing.session;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairView;

/**
 * The calendar entry (RFC 5545 / iTIP) both people of a pair receive for a session. Every version of one session's
 * entry keeps its UID and carries the session's current sequence, so calendar programs replace the entry they hold
 * (METHOD:REQUEST) or remove it (METHOD:CANCEL). Times are written in UTC: each calendar shows them in its owner's
 * zone.
 */
final class SessionCalendar {

    static final String PRODUCT = "-//Flipside//Mentoring sessions//EN";

    private SessionCalendar() {
    }

    /**
     * @param summary   the entry's title
     * @param location  where to meet, or how (the mode) when no place or link was given
     * @param cancelled whether the session was cancelled ahead of time: a METHOD:CANCEL entry
     * @param stamp     when this version of the entry was written
     */
    static String entry(SessionRow session, PairView pair, String summary, String location, boolean cancelled,
                        Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(session.uid()));
        event.add(new Sequence(session.sequence()));
        event.add(new DtStamp(stamp.truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(session.startsAt().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtEnd<>(session.endsAt().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Summary(summary));
        event.add(new Description(session.agenda()));
        event.add(new Location(location));
        PairMember organizer = pair.member(session.scheduledBy());
        event.add(new Organizer(mailto(organizer)).add(new Cn(organizer.fullName())));
        for (PairMember member : new PairMember[] {pair.mentee(), pair.mentor()}) {
            boolean isOrganizer = member.participantId() == organizer.participantId();
            event.add(new Attendee(mailto(member)).add(new Cn(member.fullName())).add(Role.REQ_PARTICIPANT)
                    .add(isOrganizer ? PartStat.ACCEPTED : PartStat.NEEDS_ACTION)
                    .add(isOrganizer ? Rsvp.FALSE : Rsvp.TRUE));
        }
        event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(cancelled ? Method.VALUE_CANCEL : Method.VALUE_REQUEST));
        calendar.add(event);
        return calendar.toString();
    }

    private static URI mailto(PairMember member) {
        return URI.create("mailto:" + member.email());
    }
}
