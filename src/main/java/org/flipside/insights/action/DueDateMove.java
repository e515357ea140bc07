package org.flipside.insights.action;

import java.time.LocalDate;

/** The owner's move of the due date: the new date (after today), why, and the version of the action they read. */
public record DueDateMove(LocalDate dueOn, String reason, Long version) {
}
