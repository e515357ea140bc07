package org.flipside.insights.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action as its owner, the program's managers and the authors of the insights it answers see it, with its history
 * oldest first. {@code mine} says whether the caller owns it (only the owner changes it).
 */
public record ActionView(long id, long programId, String programName, String ownerNumber, String ownerName,
                         LocalDate dueOn, String expectedOutcome, ActionStatus status, String outcome, Instant doneAt,
                         Instant createdAt, long version, boolean mine, boolean overdue,
                         List<LinkedInsight> insights, List<ActionUpdate> history) {

    public ActionView {
        insights = List.copyOf(insights);
        history = List.copyOf(history);
    }

    /** An insight the action answers: the one accepted into it or one merged into it. */
    public record LinkedInsight(long id, String title) {
    }
}
