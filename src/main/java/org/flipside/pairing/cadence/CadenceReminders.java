package org.flipside.pairing.cadence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairView;
import org.flipside.pairing.cadence.CadenceTracker.Tracked;
import org.flipside.pairing.cadence.PairActivity.RecentSession;
import org.flipside.pairing.pair.PairStore;
import org.flipside.pairing.pair.PairViews;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramOutlines;
import org.flipside.program.ProgramState;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.ReminderRecipient;
import org.flipside.shared.reminder.Reminders;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds both people of a pair when a meeting is due or overdue, and nudges the program's managers — never the
 * junior mentor — when a pair is at risk or its senior cancelled or missed sessions. Each reminder has a key per
 * occasion (see {@link ReminderKeys}), so it goes out once however often and on however many instances the job runs;
 * a new held session moves the anchor and starts new occasions. Pairs of closed programs are left alone.
 */
@Component
public class CadenceReminders {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final CadenceTracker tracker;
    private final PairStore store;
    private final PairViews views;
    private final ProgramOutlines programs;
    private final Accounts accounts;
    private final Reminders reminders;
    private final java.time.Clock clock;

    CadenceReminders(CadenceTracker tracker, PairStore store, PairViews views, ProgramOutlines programs,
                     Accounts accounts, Reminders reminders, java.time.Clock clock) {
        this.tracker = tracker;
        this.store = store;
        this.views = views;
        this.programs = programs;
        this.accounts = accounts;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${flipside.pairing.cadence-reminder-interval:1h}",
            initialDelayString = "${flipside.pairing.cadence-reminder-interval:1h}")
    @SchedulerLock(name = "pair-cadence-reminders")
    void onSchedule() {
        remind();
    }

    /** Issues every cadence reminder and nudge due now; returns the keys of those this call issued. */
    public List<String> remind() {
        List<Tracked> worth = tracker.everyActivePair().stream().filter(CadenceReminders::worthAWord).toList();
        if (worth.isEmpty()) {
            return List.of();
        }
        List<Long> programIds = worth.stream().map(t -> t.activity().programId()).distinct().toList();
        Map<Long, ProgramOutline> outlines = programs.of(programIds);
        Map<Long, List<String>> managers = programs.managers(programIds);
        Map<Long, PairView> pairs = views.of(store.byIds(worth.stream().map(t -> t.activity().pairId()).toList()))
                .stream().collect(Collectors.toMap(PairView::id, Function.identity()));
        Map<String, Optional<ReminderRecipient>> people = new HashMap<>();
        Instant now = clock.instant();
        List<String> issued = new ArrayList<>();
        for (Tracked tracked : worth) {
            PairView pair = pairs.get(tracked.activity().pairId());
            ProgramOutline program = outlines.get(tracked.activity().programId());
            if (pair == null || !pair.active() || program == null || program.state() == ProgramState.CLOSED) {
                continue;
            }
            members(pair, tracked.cadence(), now, issued);
            for (String manager : managers.getOrDefault(pair.programId(), List.of())) {
                Optional<ReminderRecipient> recipient = people.computeIfAbsent(manager, this::recipient);
                // A manager who is one of the pair's people is never nudged about it, the junior least of all.
                if (recipient.isPresent() && !member(pair, recipient.get())) {
                    managers(pair, tracked, manager, recipient.get(), now, issued);
                }
            }
        }
        return issued;
    }

    private static boolean member(PairView pair, ReminderRecipient recipient) {
        return recipient.email().equalsIgnoreCase(String.valueOf(pair.mentee().email()))
                || recipient.email().equalsIgnoreCase(String.valueOf(pair.mentor().email()));
    }

    private static boolean worthAWord(Tracked tracked) {
        return tracked.cadence().state() != CadenceState.ON_TRACK
                || AtRiskRules.seniorCancellations(tracked.activity()) != null
                || AtRiskRules.seniorNoShow(tracked.activity()) != null;
    }

    /** DUE or OVERDUE to both people; at risk reads as overdue to them. */
    private void members(PairView pair, PairCadence cadence, Instant now, List<String> issued) {
        CadenceState state = cadence.state().forMembers();
        if (state == CadenceState.ON_TRACK) {
            return;
        }
        for (PairMember member : List.of(pair.mentee(), pair.mentor())) {
            if (member.email() == null) {
                continue;
            }
            PairMember partner = pair.partnerOf(member.side());
            ReminderRecipient to = new ReminderRecipient(member.email(), member.fullName(), member.timeZone());
            List<String> arguments = List.of(partner.fullName(), pair.programName(), date(cadence.dueAt(), to));
            String link = "/pairs/" + pair.id() + "/sessions";
            String key = ReminderKeys.member(state == CadenceState.DUE ? ReminderKeys.DUE : ReminderKeys.OVERDUE,
                    pair.id(), cadence.anchor(), member.participantId());
            issue(state == CadenceState.DUE ? new ReminderDue(key, to, ReminderKeys.DUE, arguments, link, now)
                    : new ReminderDue(key, to, ReminderKeys.OVERDUE, arguments, link, now), issued);
        }
    }

    /** The disengagement nudges, for one manager of the pair's program. */
    private void managers(PairView pair, Tracked tracked, String manager, ReminderRecipient to, Instant now,
                          List<String> issued) {
        PairActivity activity = tracked.activity();
        String link = "/pairs/" + pair.id();
        String senior = pair.member(AtRiskRules.SENIOR).fullName();
        String junior = pair.partnerOf(AtRiskRules.SENIOR).fullName();
        if (tracked.cadence().state() == CadenceState.AT_RISK) {
            long weeks = java.time.Duration.between(activity.anchor(), now).toDays() / 7;
            issue(new ReminderDue(ReminderKeys.atRisk(pair.id(), activity.anchor(), manager), to,
                    ReminderKeys.AT_RISK, List.of(senior, junior, pair.programName(), String.valueOf(weeks)), link,
                    now), issued);
        }
        RecentSession cancelled = AtRiskRules.seniorCancellations(activity);
        if (cancelled != null) {
            long count = activity.recent().stream().filter(s -> s.cancelledBy(AtRiskRules.SENIOR)).count();
            issue(new ReminderDue(ReminderKeys.seniorCancelled(pair.id(), cancelled.id(), manager), to,
                    ReminderKeys.SENIOR_CANCELLED, List.of(senior, junior, pair.programName(), String.valueOf(count),
                            String.valueOf(activity.recent().size())), link, now), issued);
        }
        for (RecentSession missed : AtRiskRules.seniorNoShows(activity)) {
            issue(new ReminderDue(ReminderKeys.seniorNoShow(pair.id(), missed.id(), manager), to,
                    ReminderKeys.SENIOR_NO_SHOW, List.of(senior, junior, pair.programName(),
                            date(missed.startsAt(), to)), link, now), issued);
        }
    }

    private void issue(ReminderDue reminder, List<String> issued) {
        if (reminders.issue(reminder)) {
            issued.add(reminder.key());
        }
    }

    private Optional<ReminderRecipient> recipient(String username) {
        return accounts.findByUsername(username).filter(AccountView::active).filter(a -> a.email() != null)
                .map(a -> new ReminderRecipient(a.email(), a.displayName(), a.timeZone()));
    }

    private static String date(Instant at, ReminderRecipient to) {
        return DATE.format(at.atZone(zone(to.timeZone())));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }
}
