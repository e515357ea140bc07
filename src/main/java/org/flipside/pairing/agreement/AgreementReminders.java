package org.flipside.pairing.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairState;
import org.flipside.pairing.PairView;
import org.flipside.pairing.agreement.AgreementStore.Standing;
import org.flipside.pairing.pair.PairStore;
import org.flipside.pairing.pair.PairViews;
import org.flipside.program.Side;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.ReminderRecipient;
import org.flipside.shared.reminder.Reminders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds each person of a forming or active pair who has not signed the current agreement: 3 days after that
 * version was written, and again after 10 days (while nothing is written, counted from when the pair formed). Every
 * reminder has its own key — pair, version, person and day — so a new version starts the count again and a run on a
 * second instance, or after a restart, issues nothing twice. Once the 10-day reminder is due, the 3-day one is not
 * sent any more: one nudge at a time.
 */
@Component
public class AgreementReminders {

    static final String KIND = "agreement.unsigned";
    static final List<Integer> DAYS = List.of(3, 10);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final AgreementStore store;
    private final PairStore pairs;
    private final PairViews views;
    private final Reminders reminders;
    private final Clock clock;

    AgreementReminders(AgreementStore store, PairStore pairs, PairViews views, Reminders reminders, Clock clock) {
        this.store = store;
        this.pairs = pairs;
        this.views = views;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${flipside.pairing.agreement-reminder-interval:15m}",
            initialDelayString = "${flipside.pairing.agreement-reminder-interval:15m}")
    @SchedulerLock(name = "agreement-unsigned-reminders")
    void onSchedule() {
        issueDue();
    }

    /** Issues every reminder that is due and was not issued before; returns how many this call issued. */
    public int issueDue() {
        Instant now = clock.instant();
        int issued = 0;
        for (Standing standing : store.standings(List.of(PairState.FORMING.name(), PairState.ACTIVE.name()))) {
            Integer day = dueDay(standing.since(), now);
            if (day == null || (standing.menteeSigned() && standing.mentorSigned())) {
                continue;
            }
            PairView pair = views.of(pairs.find(standing.pairId()).orElseThrow());
            for (Side side : List.of(Side.MENTEE, Side.MENTOR)) {
                // Without a work email (left the directory) there is nobody to write to.
                boolean reachable = pair.member(side).email() != null;
                if (!standing.signedBy(side) && reachable && reminders.issue(reminder(pair, standing, side, day, now))) {
                    issued++;
                }
            }
        }
        return issued;
    }

    /** The latest reminder day reached since {@code since}, or {@code null} before the first. */
    static Integer dueDay(Instant since, Instant now) {
        Integer due = null;
        for (int day : DAYS) {
            if (!now.isBefore(since.plus(Duration.ofDays(day)))) {
                due = day;
            }
        }
        return due;
    }

    static String key(long pairId, int version, long participantId, int day) {
        return "agreement-unsigned:" + pairId + ":" + version + ":" + participantId + ":" + day;
    }

    private ReminderDue reminder(PairView pair, Standing standing, Side side, int day, Instant now) {
        PairMember person = pair.member(side);
        PairMember partner = pair.partnerOf(side);
        String since = DATE.format(standing.since().atZone(ZoneId.of(person.timeZone())));
        return new ReminderDue(key(pair.id(), standing.version(), person.participantId(), day),
                new ReminderRecipient(person.email(), person.fullName(), person.timeZone()), KIND,
                List.of(pair.programName(), partner.fullName(), since),
                "/pairs/" + pair.id() + "/agreement", now);
    }
}
