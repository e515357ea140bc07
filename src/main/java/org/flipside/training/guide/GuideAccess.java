package org.flipside.training.guide;

import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantState;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a program's guides: its managers read and edit them, its approved participants read them.
 * Anyone else is told the program does not exist (404), so guides cannot be used to probe for programs.
 */
@Component
class GuideAccess {

    private final Programs programs;
    private final Enrollment enrollment;

    GuideAccess(Programs programs, Enrollment enrollment) {
        this.programs = programs;
        this.enrollment = enrollment;
    }

    ProgramView readable(long programId) {
        ProgramView program = programs.get(programId);
        if (!programs.managedByCurrentUser(programId) && !participates(programId)) {
            throw new NotFoundException("Program", programId);
        }
        return program;
    }

    /** A participant who reads the guides but does not manage the program is refused (403); others get 404. */
    ProgramView managed(long programId) {
        ProgramView program = programs.get(programId);
        if (programs.managedByCurrentUser(programId)) {
            return program;
        }
        if (participates(programId)) {
            throw new AccessDeniedException("Only the program's managers change its conversation guides.");
        }
        throw new NotFoundException("Program", programId);
    }

    boolean manages(long programId) {
        return programs.managedByCurrentUser(programId);
    }

    private boolean participates(long programId) {
        return enrollment.mine().stream()
                .anyMatch(p -> p.programId() == programId && p.state() == ParticipantState.APPROVED);
    }
}
