package org.flipside.pairing.cadence;

import java.time.Instant;
import java.util.List;
import org.flipside.program.Cadence;
import org.flipside.program.Side;

/**
 * What the sessions of an active pair say about its rhythm, as read from {@code pair_session}.
 *
 * @param anchor      start of the last held session, or the pair's activation while none was held
 * @param heldAny     whether any session was held
 * @param nextPlanned the earliest session still scheduled after the anchor, or {@code null}
 * @param recent      the last sessions with an outcome (held, cancelled, missed), newest first, at most
 *                    {@link AtRiskRules#RECENT_SESSIONS}
 */
public record PairActivity(long pairId, long programId, Cadence cadence, Instant anchor, boolean heldAny,
                           Instant nextPlanned, List<RecentSession> recent) {

    public PairActivity {
        recent = List.copyOf(recent);
    }

    /**
     * A session with an outcome.
     *
     * @param cancelledBy the side that cancelled, or {@code null}
     * @param noShow      who did not come (MENTEE, MENTOR or BOTH), or {@code null}
     */
    public record RecentSession(long id, String status, Instant startsAt, Side cancelledBy, String noShow) {

        public boolean cancelledBy(Side side) {
            return "CANCELLED".equals(status) && side == cancelledBy;
        }

        public boolean missedBy(Side side) {
            return "NO_SHOW".equals(status) && (side.name().equals(noShow) || "BOTH".equals(noShow));
        }
    }
}
