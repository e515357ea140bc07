package org.flipside.program;

import java.time.LocalDate;

/** The few facts about a program that other modules' records and jobs need: what it is called and how it runs. */
public record ProgramOutline(long id, String name, Cadence cadence, ProgramState state, LocalDate startDate,
                             LocalDate endDate) {
}
