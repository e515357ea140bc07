package org.flipside.insights.report;

import java.time.Instant;
import java.time.LocalDate;
import org.flipside.insights.action.ActionStatus;
import org.flipside.insights.ledger.Response;

/**
 * One line of "You said, we did": an insight proposed beyond its pair and what became of it. {@code creditedTo} is the
 * author's name when they chose to be credited, otherwise {@code null} and {@code anonymousSide} says "a junior mentor"
 * (MENTOR) or "a senior mentee" (MENTEE); the pair is never named.
 */
public record SaidAndDone(long insightId, String title, String significance, String topic, String creditedTo,
                          String anonymousSide, Instant proposedAt, Response response, ActionStatus actionStatus,
                          LocalDate dueOn, String expectedOutcome, String outcome) {
}
