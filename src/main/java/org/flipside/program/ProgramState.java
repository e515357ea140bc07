package org.flipside.program;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a program stands. A program is planned (DRAFT), opens enrolment, matches participants (and may reopen
 * enrolment if too few signed up), runs, and is closed for good.
 */
public enum ProgramState {
    DRAFT,
    ENROLLING,
    MATCHING,
    RUNNING,
    CLOSED;

    /** The states this one may move to; every other move is refused. */
    public Set<ProgramState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(ENROLLING);
            case ENROLLING -> EnumSet.of(MATCHING);
            case MATCHING -> EnumSet.of(ENROLLING, RUNNING);
            case RUNNING -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(ProgramState.class);
        };
    }

    public boolean canMoveTo(ProgramState target) {
        return target != null && next().contains(target);
    }

    /** A closed program is a record of what happened; it is not edited any more. */
    public boolean editable() {
        return this != CLOSED;
    }
}
