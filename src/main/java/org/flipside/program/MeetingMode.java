package org.flipside.program;

/** How a participant prefers to meet their partner. */
public enum MeetingMode {
    IN_PERSON, VIDEO, EITHER
}
