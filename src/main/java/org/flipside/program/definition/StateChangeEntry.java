package org.flipside.program.definition;

import java.time.Instant;
import org.flipside.program.ProgramState;
import org.flipside.program.StateChange;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of the lifecycle history. Kept outside the program aggregate because saving an aggregate rewrites its
 * child rows, and history is only ever appended.
 */
@Table("program_state_change")
record StateChangeEntry(@Id Long id, long programId, ProgramState fromState, ProgramState toState, Instant changedAt,
                        String changedBy) {

    static StateChangeEntry of(long programId, ProgramState from, ProgramState to, Instant at, String by) {
        return new StateChangeEntry(null, programId, from, to, at, by);
    }

    StateChange view() {
        return new StateChange(fromState, toState, changedAt, changedBy);
    }
}
