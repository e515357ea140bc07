package org.flipside.program;

import java.util.List;

/**
 * A ready-made program a manager can start from, in the reader's language. Its draft has no dates: they differ
 * every time.
 */
public record ProgramTemplate(String code, String name, String purpose, List<ObjectiveChoice> objectives,
                              List<String> focusTopics, Cadence cadence, int mentorCapacity) {

    public ProgramTemplate {
        objectives = List.copyOf(objectives);
        focusTopics = List.copyOf(focusTopics);
    }

    public ProgramDraft toDraft() {
        return new ProgramDraft(name, purpose, objectives, focusTopics, null, null, cadence, mentorCapacity, code);
    }
}
