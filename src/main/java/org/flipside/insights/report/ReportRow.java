package org.flipside.insights.report;

import java.time.Instant;
import java.time.LocalDate;
import org.flipside.insights.action.ActionStatus;
import org.flipside.insights.ledger.Response;
import org.flipside.program.Side;

/** One proposed insight of a program with its action, as read for the report (the author's number stays inside). */
record ReportRow(long insightId, String title, String significance, String topic, Side authorSide,
                 String authorNumber, boolean creditByName, Instant proposedAt, Response response,
                 Instant respondedAt, Long actionId, ActionStatus actionStatus, LocalDate dueOn,
                 String expectedOutcome, String outcome) {
}
