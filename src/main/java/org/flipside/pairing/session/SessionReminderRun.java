package org.flipside.pairing.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairView;
import org.flipside.pairing.pair.PairStore;
import org.flipside.pairing.pair.PairViews;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.ReminderRecipient;
import org.flipside.shared.reminder.Reminders;

/**
 * One pass over the sessions for the two reminders about them. It keeps no state of its own: what was sent is in the
 * reminder log, keyed per occasion, so any number of passes on any number of instances — at once, or after a restart —
 * send each reminder once, and one that fell due while no instance ran goes out on the next pass.
 * <ul>
 *   <li>"upcoming session": to each person at the session's local wall-clock time one day before, in that person's
 *   own zone. Across a daylight-saving change that is 23 or 25 real hours before the start, which is what a person
 *   expects ("tomorrow at the same time"). Sent late if no pass ran at that moment, never once the session began. A
 *   moved session (new sequence) is announced again.</li>
 *   <li>"session not logged": to both people once, {@code unloggedAfter} after the planned end if the session is
 *   still only planned; sessions that ended longer than {@code unloggedLookback} ago are left alone.</li>
 * </ul>
 */
class SessionReminderRun {

    static final String UPCOMING = "session.upcoming";
    static final String UNLOGGED = "session.unlogged";
    /** Longer than any day across a daylight-saving change, so every reminder due now is among the candidates. */
    private static final Duration UPCOMING_HORIZON = Duration.ofHours(27);

    private final SessionStore sessions;
    private final PairStore pairStore;
    private final PairViews pairViews;
    private final Reminders reminders;
    private final Clock clock;
    private final Duration unloggedAfter;
    private final Duration unloggedLookback;

    SessionReminderRun(SessionStore sessions, PairStore pairStore, PairViews pairViews, Reminders reminders,
                       Clock clock, Duration unloggedAfter, Duration unloggedLookback) {
        this.sessions = sessions;
        this.pairStore = pairStore;
        this.pairViews = pairViews;
        this.reminders = reminders;
        this.clock = clock;
        this.unloggedAfter = unloggedAfter;
        this.unloggedLookback = unloggedLookback;
    }

    /** When the "upcoming session" reminder is due for a person in {@code zone}: same local time, one day before. */
    static Instant upcomingDueAt(Instant start, ZoneId zone) {
        return start.atZone(zone).minusDays(1).toInstant();
    }

    /** Issues what is due now; returns how many reminders this pass issued. */
    int run() {
        Instant now = clock.instant();
        Map<Long, PairView> pairs = new HashMap<>();
        int issued = 0;
        for (SessionRow session : sessions.scheduledStarting(now, now.plus(UPCOMING_HORIZON))) {
            PairView pair = pair(pairs, session.pairId());
            if (pair == null || !pair.active()) {
                continue;
            }
            for (PairMember member : List.of(pair.mentee(), pair.mentor())) {
                Instant due = upcomingDueAt(session.startsAt(), ZoneId.of(member.timeZone()));
                if (!now.isBefore(due) && now.isBefore(session.startsAt())) {
                    String key = "session-upcoming:" + session.id() + ":" + session.sequence() + ":"
                            + member.participantId();
                    List<String> arguments = arguments(session, pair, member, String.valueOf(session.minutes()),
                            pair.programName());
                    issued += issue(new ReminderDue(key, recipient(member), UPCOMING, arguments, link(pair), due));
                }
            }
        }
        Instant latestStart = now.minus(unloggedAfter);
        for (SessionRow session : sessions.scheduledStarting(latestStart.minus(unloggedLookback), latestStart)) {
            Instant due = session.endsAt().plus(unloggedAfter);
            PairView pair = pair(pairs, session.pairId());
            if (now.isBefore(due) || pair == null || !pair.active()) {
                continue;
            }
            for (PairMember member : List.of(pair.mentee(), pair.mentor())) {
                String key = "session-unlogged:" + session.id() + ":" + member.participantId();
                List<String> arguments = arguments(session, pair, member, pair.programName());
                issued += issue(new ReminderDue(key, recipient(member), UNLOGGED, arguments, link(pair), due));
            }
        }
        return issued;
    }

    /** Issues the reminder unless its key was issued before; 1 if this call issued it. */
    private int issue(ReminderDue reminder) {
        return reminders.issue(reminder) ? 1 : 0;
    }

    /** The partner's name and the start in the recipient's zone, then what the kind adds. */
    private static List<String> arguments(SessionRow session, PairView pair, PairMember member, String... more) {
        List<String> arguments = new java.util.ArrayList<>(List.of(pair.partnerOf(member.side()).fullName(),
                SessionTimes.in(session.startsAt(), member.timeZone())));
        arguments.addAll(List.of(more));
        return arguments;
    }

    private static ReminderRecipient recipient(PairMember member) {
        return new ReminderRecipient(member.email(), member.fullName(), member.timeZone());
    }

    private static String link(PairView pair) {
        return "/pairs/" + pair.id() + "/sessions";
    }

    private PairView pair(Map<Long, PairView> known, long pairId) {
        return known.computeIfAbsent(pairId, id -> pairStore.find(id).map(pairViews::of).orElse(null));
    }
}
