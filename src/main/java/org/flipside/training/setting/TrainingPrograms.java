package org.flipside.training.setting;

import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The per-record rule of a program's training figures and setting: they are for the program's managers only; to
 * anyone else the program's training does not exist.
 */
@Component
public class TrainingPrograms {

    static final String KIND = "Program training";

    private final Programs programs;

    TrainingPrograms(Programs programs) {
        this.programs = programs;
    }

    public ProgramView requireManaged(long programId) {
        if (!programs.managedByCurrentUser(programId)) {
            throw new NotFoundException(KIND, programId);
        }
        return programs.get(programId);
    }
}
