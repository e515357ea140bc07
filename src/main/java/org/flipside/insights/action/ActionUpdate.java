package org.flipside.insights.action;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an action's history: a status update ({@code STATUS}, with its note — the outcome for DONE) or a move
 * of the due date ({@code DUE_DATE}, with the date it replaced and the reason in {@code note}).
 */
public record ActionUpdate(String kind, ActionStatus status, String note, LocalDate previousDueOn, LocalDate dueOn,
                           String byName, Instant at) {
}
