package org.flipside.pairing.session;

import java.time.Clock;
import org.flipside.pairing.PairView;
import org.flipside.pairing.SessionInvitation;
import org.flipside.shared.web.UserMessages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes a session's calendar entry and sends it to both people (through the notification module's mail). */
@Component
class SessionInvitations {

    private final ApplicationEventPublisher events;
    private final UserMessages messages;
    private final Clock clock;

    SessionInvitations(ApplicationEventPublisher events, UserMessages messages, Clock clock) {
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** The entry as it stands: a request, or the cancellation of a session cancelled ahead of time. */
    String current(SessionRow session, PairView pair) {
        return SessionCalendar.entry(session, pair,
                messages.text("session.calendar.summary", pair.mentee().fullName(), pair.mentor().fullName()),
                session.location() != null ? session.location() : messages.text(session.mode().messageKey()),
                cancelledAhead(session), clock.instant());
    }

    void publish(SessionRow session, PairView pair, SessionInvitation.Change change) {
        events.publishEvent(new SessionInvitation(session.id(), pair.id(), pair.programId(), pair.programName(),
                change, session.uid(), session.sequence(), session.startsAt(), session.minutes(),
                session.mode().name(), session.agenda(), java.util.List.of(pair.mentee(), pair.mentor()),
                current(session, pair), clock.instant()));
    }

    /** A session withdrawn before it began: its calendar entry was cancelled. */
    static boolean cancelledAhead(SessionRow session) {
        return session.status() == SessionStatus.CANCELLED && session.cancelledAt() != null
                && session.cancelledAt().isBefore(session.startsAt());
    }
}
