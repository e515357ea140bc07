package org.flipside.audit;

import java.time.Instant;

/** Filters for reading the audit log; any may be null. {@code to} is exclusive. */
public record AuditSearch(String actor, String action, Outcome outcome, String target, Instant from, Instant to) {

    public static AuditSearch everything() {
        return new AuditSearch(null, null, null, null, null, null);
    }
}
