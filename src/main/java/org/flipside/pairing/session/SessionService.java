package org.flipside.pairing.session;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.flipside.pairing.PairView;
import org.flipside.pairing.SessionLogged;
import org.flipside.pairing.SessionInvitation.Change;
import org.flipside.pairing.pair.PairAccess;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.pair.PairStore;
import org.flipside.program.Programs;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pair's sessions: its two people schedule, move, cancel and log them while the pair is active; its program's
 * managers read them (their look audited). Everyone else is told the pair does not exist.
 */
@Service
public class SessionService {

    public static final String KIND = "Session";

    private final SessionStore store;
    private final PairAccess access;
    private final PairStore pairs;
    private final AgendaGuides guides;
    private final Programs programs;
    private final SessionInvitations invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(SessionStore store, PairAccess access, PairStore pairs, AgendaGuides guides, Programs programs,
                   SessionInvitations invitations, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.pairs = pairs;
        this.guides = guides;
        this.programs = programs;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The pair's sessions, latest first (a manager's look is audited: the transaction writes that entry, so it is not
     * read-only).
     */
    @Transactional
    public List<SessionView> of(long pairId) {
        return of(access.open(pairId));
    }

    /** The sessions of a pair the caller already opened (through the workspace page), latest first. */
    @Transactional(readOnly = true)
    public List<SessionView> of(Access opened) {
        return store.ofPair(opened.pair().id()).stream().map(SessionView::of).toList();
    }

    /** One session of a pair the caller already opened. */
    @Transactional(readOnly = true)
    public SessionView get(Access opened, long sessionId) {
        return SessionView.of(session(opened.pair().id(), sessionId));
    }

    /** One session; a manager's look is audited, so the transaction is not read-only. */
    @Transactional
    public SessionView get(long pairId, long sessionId) {
        access.open(pairId);
        return SessionView.of(session(pairId, sessionId));
    }

    /** The session's calendar entry as it stands (METHOD:CANCEL once cancelled ahead of time); audited like a read. */
    @Transactional
    public String calendar(long pairId, long sessionId) {
        Access opened = access.open(pairId);
        return invitations.current(session(pairId, sessionId), opened.pair());
    }

    /** The conversation guides whose items may go on an agenda, and the program's focus topics. */
    @Transactional(readOnly = true)
    public SessionChoices choices(Access opened) {
        return new SessionChoices(guides.of(opened.pair().programId()),
                programs.get(opened.pair().programId()).focusTopics());
    }

    @Transactional
    public SessionView schedule(long pairId, SessionPlan plan) {
        Access member = activeMember(pairId);
        Planned planned = check(member, plan, null);
        long id = store.insert(pairId, UUID.randomUUID().toString(), planned, member.side(), clock.instant(), user());
        SessionRow row = store.find(id).orElseThrow();
        invitations.publish(row, member.pair(), Change.SCHEDULED);
        return SessionView.of(row);
    }

    /** Changes a planned session; a change a calendar shows sends the entry again with the next sequence. */
    @Transactional
    public SessionView reschedule(long pairId, long sessionId, SessionPlan plan, long version) {
        Access member = activeMember(pairId);
        SessionRow current = planned(pairId, sessionId, version);
        Planned planned = check(member, plan, sessionId);
        if (!planned.differsFrom(current)) {
            return SessionView.of(current);
        }
        if (!store.reschedule(sessionId, version, planned, clock.instant(), user())) {
            throw new StaleEditException(KIND, sessionId);
        }
        SessionRow row = store.find(sessionId).orElseThrow();
        invitations.publish(row, member.pair(), Change.UPDATED);
        return SessionView.of(row);
    }

    /** Cancels a planned session before it starts, on behalf of the caller's side; the entry is withdrawn. */
    @Transactional
    public SessionView cancel(long pairId, long sessionId, String reason, long version) {
        Access member = activeMember(pairId);
        SessionRow current = planned(pairId, sessionId, version);
        Instant now = clock.instant();
        if (!current.startsAt().isAfter(now)) {
            throw new RuleViolationException("session.cancel.started",
                    "The session has started: log it as cancelled instead.");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 500) {
            throw new InvalidInputException(FieldProblem.of("reason", "session.field.reason.long",
                    "The reason has at most {0} characters.", 500));
        }
        if (!store.cancel(sessionId, version, member.side(), why, now, user())) {
            throw new StaleEditException(KIND, sessionId);
        }
        SessionRow row = store.find(sessionId).orElseThrow();
        invitations.publish(row, member.pair(), Change.CANCELLED);
        return SessionView.of(row);
    }

    /** Records what happened at a session that has started, or corrects an earlier record. */
    @Transactional
    public SessionView log(long pairId, long sessionId, SessionReport report, long version) {
        Access member = activeMember(pairId);
        SessionRow current = session(pairId, sessionId);
        if (current.startsAt().isAfter(clock.instant())) {
            throw new RuleViolationException("session.log.future",
                    "A session can be logged once its start time has passed.");
        }
        SessionOutcome outcome = OutcomeCheck.check(report, programs.get(member.pair().programId()).focusTopics());
        if (current.version() != version
                || !store.log(sessionId, version, outcome, member.side(), clock.instant(), user())) {
            throw new StaleEditException(KIND, sessionId);
        }
        if (outcome.status() == SessionStatus.HELD) {
            events.publishEvent(new SessionLogged(sessionId, pairId, member.pair().programId(), current.startsAt(),
                    clock.instant()));
        }
        return SessionView.of(store.find(sessionId).orElseThrow());
    }

    private Planned check(Access member, SessionPlan plan, Long movingSession) {
        PairView pair = member.pair();
        // The guides are only read when the agenda takes items from them.
        Planned planned = PlanCheck.check(plan, ZoneId.of(pair.member(member.side()).timeZone()), clock.instant(),
                plan.guideItems().isEmpty() ? List.of() : guides.of(pair.programId()));
        // Locking the pair row makes two people scheduling at once check overlaps one after the other.
        pairs.lock(pair.id());
        boolean overlaps = store.ofPair(pair.id()).stream()
                .filter(other -> other.status() == SessionStatus.SCHEDULED)
                .filter(other -> movingSession == null || other.id() != movingSession)
                .anyMatch(other -> other.startsAt().isBefore(planned.end()) && planned.start().isBefore(other.endsAt()));
        if (overlaps) {
            throw new InvalidInputException(FieldProblem.of("time", "session.field.time.overlap",
                    "Another session of this pair is planned at that time."));
        }
        return planned;
    }

    private Access activeMember(long pairId) {
        Access member = access.requireMember(pairId);
        if (!member.pair().active()) {
            throw new RuleViolationException("session.pair.notActive",
                    "Sessions can be planned and logged only while the pair is active.");
        }
        return member;
    }

    private SessionRow planned(long pairId, long sessionId, long version) {
        SessionRow current = session(pairId, sessionId);
        if (current.version() != version) {
            throw new StaleEditException(KIND, sessionId);
        }
        if (current.status() != SessionStatus.SCHEDULED) {
            throw new RuleViolationException("session.notScheduled",
                    "Only a planned session can be moved or cancelled.");
        }
        return current;
    }

    private SessionRow session(long pairId, long sessionId) {
        return store.find(sessionId).filter(row -> row.pairId() == pairId)
                .orElseThrow(() -> new NotFoundException(KIND, sessionId));
    }

    private static String user() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
