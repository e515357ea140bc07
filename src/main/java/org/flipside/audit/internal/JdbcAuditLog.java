package org.flipside.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flipside.audit.AuditLog;
import org.flipside.audit.Outcome;
import org.flipside.shared.web.ClientAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/** Inserts entries; this class is the only writer of the audit table and it never updates or deletes. */
@Component
class JdbcAuditLog implements AuditLog {

    private static final int DETAILS_LIMIT = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String action, Outcome outcome, String targetType, Object targetId, String details) {
        recordAs(currentActor(), ClientAddress.current(), action, outcome, targetType, targetId, details);
    }

    @Override
    public void recordAs(String actor, String remoteAddress, String action, Outcome outcome, String targetType,
                         Object targetId, String details) {
        jdbc.sql("""
                        insert into audit_entry (occurred_at, actor, action, outcome, target_type, target_id, remote_address, details)
                        values (:occurredAt, :actor, :action, :outcome, :targetType, :targetId, :remoteAddress, :details)
                        """)
                .param("occurredAt", java.sql.Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS)))
                .param("actor", limit(actor == null || actor.isBlank() ? "anonymous" : actor, 100))
                .param("action", action)
                .param("outcome", outcome.name())
                .param("targetType", targetType)
                .param("targetId", targetId == null ? null : limit(targetId.toString(), 100))
                .param("remoteAddress", remoteAddress)
                .param("details", details == null ? null : limit(details, DETAILS_LIMIT))
                .update();
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            // Outside any request the actor is the application itself (start-up tasks, scheduled work).
            return RequestContextHolder.getRequestAttributes() == null ? "system" : "anonymous";
        }
        return authentication.getName();
    }

    private static String limit(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }
}
