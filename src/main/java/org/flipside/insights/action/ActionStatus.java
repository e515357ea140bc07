package org.flipside.insights.action;

/** Where an action stands. It moves forward only; DONE is final and carries the outcome. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE;

    /** Whether an update may move an action from this status to {@code next} (staying put is a note). */
    boolean mayMoveTo(ActionStatus next) {
        return this != DONE && next.ordinal() >= ordinal();
    }
}
