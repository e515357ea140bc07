package org.flipside.matching.settings;

import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The per-record rule of everything in matching: a program's matching is for that program's managers only. A program
 * the caller may not even see answers 404 (from {@link Programs#get(long)}); one they see but do not manage, 403.
 */
@Component
public class ManagedPrograms {

    private final Programs programs;

    ManagedPrograms(Programs programs) {
        this.programs = programs;
    }

    public ProgramView require(long programId) {
        ProgramView program = programs.get(programId);
        if (!programs.managedByCurrentUser(programId)) {
            throw new AccessDeniedException("Only the program's managers see and change its matching.");
        }
        return program;
    }
}
