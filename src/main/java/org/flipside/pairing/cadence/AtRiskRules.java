package org.flipside.pairing.cadence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flipside.pairing.cadence.PairActivity.RecentSession;
import org.flipside.program.Side;

/**
 * Why an active pair is at risk, read from its sessions: no session held for twice the cadence, the senior cancelling
 * repeatedly, or the senior not showing up. In reverse mentoring the senior is the mentee; their disengagement is what
 * programs watch for first, and it is reported to the program's managers, never to the junior mentor.
 */
public final class AtRiskRules {

    /** The senior leader of a pair: the mentee. */
    public static final Side SENIOR = Side.MENTEE;
    /** How many of the latest sessions with an outcome are looked at for cancellations and no-shows. */
    public static final int RECENT_SESSIONS = 3;
    /** Cancellations by the senior among the recent sessions that make a pair at risk. */
    public static final int SENIOR_CANCELLATIONS = 2;

    private AtRiskRules() {
    }

    public static List<AtRiskReason> reasons(PairActivity activity, CadenceState state, Instant now) {
        List<AtRiskReason> reasons = new ArrayList<>();
        if (state == CadenceState.AT_RISK) {
            long weeks = Duration.between(activity.anchor(), now).toDays() / 7;
            reasons.add(new AtRiskReason(AtRiskReason.NO_HELD_SESSION,
                    activity.heldAny() ? "cadence.reason.noHeld" : "cadence.reason.noHeldYet", List.of(weeks)));
        }
        RecentSession cancelled = seniorCancellations(activity);
        if (cancelled != null) {
            long count = activity.recent().stream().filter(s -> s.cancelledBy(SENIOR)).count();
            reasons.add(new AtRiskReason(AtRiskReason.SENIOR_CANCELLED, "cadence.reason.seniorCancelled",
                    List.of(count, activity.recent().size())));
        }
        RecentSession missed = seniorNoShow(activity);
        if (missed != null) {
            reasons.add(new AtRiskReason(AtRiskReason.SENIOR_NO_SHOW, "cadence.reason.seniorNoShow",
                    List.of(missed.startsAt())));
        }
        return reasons;
    }

    /**
     * The latest session the senior cancelled when they cancelled at least {@link #SENIOR_CANCELLATIONS} of the
     * recent ones, else {@code null}: each new such cancellation is a new occasion to tell the managers.
     */
    public static RecentSession seniorCancellations(PairActivity activity) {
        List<RecentSession> cancelled = activity.recent().stream().filter(s -> s.cancelledBy(SENIOR)).toList();
        return cancelled.size() >= SENIOR_CANCELLATIONS ? cancelled.get(0) : null;
    }

    /** The latest recent session the senior did not show up for, or {@code null}. */
    public static RecentSession seniorNoShow(PairActivity activity) {
        return activity.recent().stream().filter(s -> s.missedBy(SENIOR)).findFirst().orElse(null);
    }

    /** Every recent session the senior did not show up for, newest first: one nudge each. */
    public static List<RecentSession> seniorNoShows(PairActivity activity) {
        return activity.recent().stream().filter(s -> s.missedBy(SENIOR)).toList();
    }
}
