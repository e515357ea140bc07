package org.flipside.program;

/** The two sides of reverse mentoring: the junior mentor and the senior mentee. */
public enum Side {
    MENTOR,
    MENTEE
}
