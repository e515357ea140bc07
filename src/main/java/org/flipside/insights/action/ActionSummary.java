package org.flipside.insights.action;

import java.time.LocalDate;

/** What a list of insights shows about the action each one became: status, due date and, once done, the outcome. */
public record ActionSummary(long id, ActionStatus status, LocalDate dueOn, String outcome) {
}
