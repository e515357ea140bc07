package org.flipside.program;

/** Filters for a program's participant list; {@code null} means any. */
public record ParticipantQuery(Side side, ParticipantState state) {
}
