package org.flipside.matching.consent;

import java.time.Instant;
import org.flipside.audit.AuditLog;
import org.flipside.matching.seat.SeatLedger;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes matches nobody answered in time and frees their seats. Every instance runs it; each match is closed by one
 * conditional update, so only the instance whose update changed the row releases the seats and audits.
 */
@Component
public class MatchExpiry {

    private final MatchStore matches;
    private final SeatLedger seats;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final java.time.Clock clock;

    MatchExpiry(MatchStore matches, SeatLedger seats, AuditLog audit, TransactionTemplate transactions,
                java.time.Clock clock) {
        this.matches = matches;
        this.seats = seats;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${flipside.matching.expiry-interval:60s}",
            initialDelayString = "${flipside.matching.expiry-interval:60s}")
    void onSchedule() {
        expireOverdue();
    }

    /** Expires every open match past its deadline; returns how many this call closed. */
    public int expireOverdue() {
        Instant now = clock.instant();
        int expired = 0;
        for (long id : matches.overdue(now)) {
            Boolean closed = transactions.execute(status -> {
                if (!matches.expire(id, now)) {
                    return false;
                }
                seats.release(id);
                audit.recordAs("system", null, "MATCH_EXPIRED", org.flipside.audit.Outcome.SUCCESS,
                        MatchStore.KIND, id, "deadline passed");
                return true;
            });
            if (Boolean.TRUE.equals(closed)) {
                expired++;
            }
        }
        return expired;
    }
}
