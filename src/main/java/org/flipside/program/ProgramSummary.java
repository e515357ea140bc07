package org.flipside.program;

import java.time.LocalDate;

/** One row of the program list: enough to find a program, without its objectives, topics and history. */
public record ProgramSummary(long id, String name, ProgramState state, LocalDate startDate, LocalDate endDate,
                             Cadence cadence, int mentorCapacity) {
}
