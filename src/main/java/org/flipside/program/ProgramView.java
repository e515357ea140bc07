package org.flipside.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A program as the pages and the API show it, with its lifecycle history oldest first. */
public record ProgramView(long id, String name, String purpose, List<ObjectiveChoice> objectives,
                          List<String> focusTopics, LocalDate startDate, LocalDate endDate, Cadence cadence,
                          int mentorCapacity, ProgramState state, String templateCode, Long copiedFromId,
                          Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version,
                          List<StateChange> history) {

    public ProgramView {
        objectives = List.copyOf(objectives);
        focusTopics = List.copyOf(focusTopics);
        history = List.copyOf(history);
    }

    public Set<ProgramState> nextStates() {
        return state.next();
    }

    public boolean editable() {
        return state.editable();
    }
}
