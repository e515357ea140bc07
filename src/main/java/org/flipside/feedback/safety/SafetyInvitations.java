package org.flipside.feedback.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flipside.pairing.PairRoster;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairView;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramOutlines;
import org.flipside.program.ProgramState;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.ReminderRecipient;
import org.flipside.shared.reminder.Reminders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Invites the junior mentor of every active pair once per round and reminds them while the round's invitation waits.
 * Round n of a pair runs for the program's period from its activation plus n − 1 periods. The job is idempotent on
 * its own: the unique key on pair and round creates each invitation once, and the reminder key once per invitation.
 */
@org.springframework.modulith.NamedInterface("safety")
@Component
public class SafetyInvitations {

    static final String REMINDER = "safety-pulse-waiting";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final PairRoster pairs;
    private final ProgramOutlines programs;
    private final SafetySettingsStore settings;
    private final InvitationStore invitations;
    private final Reminders reminders;
    private final Clock clock;

    SafetyInvitations(PairRoster pairs, ProgramOutlines programs, SafetySettingsStore settings,
                      InvitationStore invitations, Reminders reminders, Clock clock) {
        this.pairs = pairs;
        this.programs = programs;
        this.settings = settings;
        this.invitations = invitations;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${flipside.feedback.safety-pulse-interval:1h}",
            initialDelayString = "${flipside.feedback.safety-pulse-interval:1h}")
    @SchedulerLock(name = "safety-pulse-invitations")
    void onSchedule() {
        invite();
    }

    /** Creates the invitations due now and issues their reminders; returns how many invitations this call made. */
    public int invite() {
        Instant now = clock.instant();
        List<PairView> active = pairs.active().stream().filter(pair -> pair.activatedAt() != null).toList();
        List<Long> programIds = active.stream().map(PairView::programId).distinct().toList();
        Map<Long, ProgramOutline> outlines = programs.of(programIds);
        Map<Long, SafetySettings> periods = settings.of(programIds);
        int created = 0;
        for (PairView pair : active) {
            ProgramOutline program = outlines.get(pair.programId());
            if (program == null || program.state() == ProgramState.CLOSED) {
                continue;
            }
            Duration period = Duration.ofDays(7L * periods.get(pair.programId()).periodWeeks());
            long elapsed = Duration.between(pair.activatedAt(), now).toMillis();
            if (elapsed < 0) {
                continue;
            }
            int round = (int) (elapsed / period.toMillis()) + 1;
            Instant opens = pair.activatedAt().plus(period.multipliedBy(round - 1L));
            if (invitations.create(pair.id(), pair.programId(), round, opens, opens.plus(period))) {
                created++;
            }
        }
        remind(active, now);
        return created;
    }

    /** One reminder per waiting invitation, to the pair's junior mentor only. */
    private void remind(List<PairView> active, Instant now) {
        Map<Long, PairView> byId = active.stream().collect(Collectors.toMap(PairView::id, Function.identity()));
        List<ReminderDue> due = new ArrayList<>();
        for (InvitationStore.Row waiting : invitations.waiting(now)) {
            PairView pair = byId.get(waiting.pairId());
            PairMember mentor = pair == null ? null : pair.mentor();
            if (mentor == null || mentor.email() == null || mentor.email().isBlank()) {
                continue;
            }
            ReminderRecipient to = new ReminderRecipient(mentor.email(), mentor.fullName(), mentor.timeZone());
            due.add(new ReminderDue(REMINDER + ":" + waiting.id(), to, REMINDER,
                    List.of(pair.programName(), date(waiting.closesAt(), to)), "/me/safety-pulse", now));
        }
        due.forEach(reminders::issue);
    }

    private static String date(Instant at, ReminderRecipient to) {
        ZoneId zone;
        try {
            zone = ZoneId.of(to.timeZone());
        } catch (java.time.DateTimeException | NullPointerException e) {
            zone = ZoneOffset.UTC;
        }
        return DATE.format(at.atZone(zone));
    }
}
