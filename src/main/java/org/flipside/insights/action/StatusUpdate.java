package org.flipside.insights.action;

/**
 * The owner's status update: the new {@code status} (the same one for a note), a {@code note} (required when the
 * status stays), the {@code outcome} (required for DONE) and the {@code version} of the action they read.
 */
public record StatusUpdate(ActionStatus status, String note, String outcome, Long version) {
}
