package org.flipside.insights.action;

import java.time.Instant;
import java.time.LocalDate;

/** One row of the {@code insight_action} table. */
record StoredAction(long id, long programId, long insightId, String ownerNumber, LocalDate dueOn,
                    String expectedOutcome, ActionStatus status, String outcome, Instant doneAt, Instant createdAt,
                    long version) {
}
