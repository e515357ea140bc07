package org.flipside.audit;

import java.time.Instant;

/** One line of the audit log, as administrators read it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, Outcome outcome, String targetType,
                         String targetId, String remoteAddress, String details) {
}
