package org.flipside.program;

import java.time.Instant;

/** Published after a program moved from one lifecycle state to another, so later modules can react. */
public record ProgramStateChanged(long programId, ProgramState from, ProgramState to, Instant at) {
}
