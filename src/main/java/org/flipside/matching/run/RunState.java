package org.flipside.matching.run;

/** Where a matching run stands. */
public enum RunState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
