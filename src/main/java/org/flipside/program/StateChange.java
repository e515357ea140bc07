package org.flipside.program;

import java.time.Instant;

/** One line of a program's lifecycle history. {@code from} is empty for the creation of the program. */
public record StateChange(ProgramState from, ProgramState to, Instant at, String by) {
}
