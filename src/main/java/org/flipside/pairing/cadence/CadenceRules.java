package org.flipside.pairing.cadence;

import java.time.Duration;
import java.time.Instant;
import org.flipside.program.Cadence;

/**
 * The cadence states of an active pair, as a pure function of time. The period is counted in fixed days (a month is
 * 30 days, not a calendar month), so every pair of a program gets the same thresholds whatever its people's time zones
 * or the length of the month, and a daylight-saving change moves nothing. The period runs from the anchor: the start
 * of the last held session, or the pair's activation while none was held.
 * <ul>
 *   <li>ON_TRACK while less than {@link #WARNING_SHARE_PERCENT} of the period is left, or until the period ends when a
 *   session is scheduled within it;</li>
 *   <li>DUE from then, and in any case once the period has passed;</li>
 *   <li>OVERDUE once more than {@link #OVERDUE_PERCENT} of the period has passed;</li>
 *   <li>AT_RISK once {@link #AT_RISK_PERCENT} of the period has passed: no session held for twice the cadence.</li>
 * </ul>
 */
public final class CadenceRules {

    public static final int WEEKLY_DAYS = 7;
    public static final int FORTNIGHTLY_DAYS = 14;
    public static final int MONTHLY_DAYS = 30;
    /** The last part of the period, in percent, in which a pair with nothing scheduled is already DUE. */
    public static final int WARNING_SHARE_PERCENT = 20;
    /** Past this share of the period (strictly), with nothing held, a pair is OVERDUE. */
    public static final int OVERDUE_PERCENT = 150;
    /** From this share of the period on, with nothing held, a pair is AT_RISK. */
    public static final int AT_RISK_PERCENT = 200;

    private CadenceRules() {
    }

    public static Duration period(Cadence cadence) {
        return Duration.ofDays(switch (cadence) {
            case WEEKLY -> WEEKLY_DAYS;
            case FORTNIGHTLY -> FORTNIGHTLY_DAYS;
            case MONTHLY -> MONTHLY_DAYS;
        });
    }

    /** When the next meeting is due: one period after the anchor. */
    public static Instant dueAt(Cadence cadence, Instant anchor) {
        return anchor.plus(period(cadence));
    }

    /**
     * The state at {@code now}.
     *
     * @param anchor      start of the last held session, or the activation while none was held
     * @param nextPlanned the earliest session still scheduled after the anchor, or {@code null}
     */
    public static CadenceState state(Cadence cadence, Instant anchor, Instant nextPlanned, Instant now) {
        Duration period = period(cadence);
        Duration elapsed = Duration.between(anchor, now);
        if (elapsed.compareTo(share(period, AT_RISK_PERCENT)) >= 0) {
            return CadenceState.AT_RISK;
        }
        if (elapsed.compareTo(share(period, OVERDUE_PERCENT)) > 0) {
            return CadenceState.OVERDUE;
        }
        if (elapsed.compareTo(period) >= 0) {
            return CadenceState.DUE;
        }
        boolean planned = nextPlanned != null && !nextPlanned.isAfter(anchor.plus(period));
        if (!planned && elapsed.compareTo(share(period, 100 - WARNING_SHARE_PERCENT)) >= 0) {
            return CadenceState.DUE;
        }
        return CadenceState.ON_TRACK;
    }

    static Duration share(Duration period, int percent) {
        return period.multipliedBy(percent).dividedBy(100);
    }
}
