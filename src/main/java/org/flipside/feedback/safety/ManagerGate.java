package org.flipside.feedback.safety;

import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Lets only a program's own managers at its pulse results, settings and flags. Everyone else — administrators,
 * sponsors, the pair's people, other programs' managers — is told the program has no such thing.
 */
@Component
class ManagerGate {

    private final Programs programs;

    ManagerGate(Programs programs) {
        this.programs = programs;
    }

    void requireManager(long programId) {
        if (!programs.managedByCurrentUser(programId)) {
            throw new NotFoundException("Program", programId);
        }
    }
}
