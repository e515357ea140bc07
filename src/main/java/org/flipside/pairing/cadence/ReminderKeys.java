package org.flipside.pairing.cadence;

import java.time.Instant;

/**
 * Kinds and keys of the cadence reminders. A key names one occasion: for due and overdue meetings and for an at-risk
 * pair, the anchor's day (the last held session, or the activation) — a new held session starts new occasions; for
 * a senior's cancellations and no-shows, the session that made it one.
 */
final class ReminderKeys {

    static final String DUE = "pair.due";
    static final String OVERDUE = "pair.overdue";
    static final String AT_RISK = "pair.atrisk.manager";
    static final String SENIOR_CANCELLED = "senior.cancelled.manager";
    static final String SENIOR_NO_SHOW = "senior.noshow.manager";

    private ReminderKeys() {
    }

    static String member(String kind, long pairId, Instant anchor, long participantId) {
        String prefix = DUE.equals(kind) ? "pair-due" : "pair-overdue";
        return prefix + ":" + pairId + ":" + day(anchor) + ":" + participantId;
    }

    static String atRisk(long pairId, Instant anchor, String manager) {
        return "pair-atrisk:" + pairId + ":" + day(anchor) + ":" + manager;
    }

    static String seniorCancelled(long pairId, long sessionId, String manager) {
        return "senior-cancelled:" + pairId + ":" + sessionId + ":" + manager;
    }

    static String seniorNoShow(long pairId, long sessionId, String manager) {
        return "senior-noshow:" + pairId + ":" + sessionId + ":" + manager;
    }

    private static long day(Instant anchor) {
        return Math.floorDiv(anchor.getEpochSecond(), 86_400L);
    }
}
