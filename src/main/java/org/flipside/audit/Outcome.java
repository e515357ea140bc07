package org.flipside.audit;

/** How an audited attempt ended. */
public enum Outcome {
    SUCCESS,
    FAILURE,
    DENIED
}
