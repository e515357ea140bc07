package org.flipside.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a manager enters for a program, before the rules have checked it. Dates may be empty while the program is a
 * draft. {@code templateCode} names the template it was started from, if any, and is only read on creation.
 */
public record ProgramDraft(String name, String purpose, List<ObjectiveChoice> objectives, List<String> focusTopics,
                           LocalDate startDate, LocalDate endDate, Cadence cadence, Integer mentorCapacity,
                           String templateCode) {

    public ProgramDraft {
        objectives = nullSafeCopy(objectives);
        focusTopics = nullSafeCopy(focusTopics);
    }

    /** Copies that keep null elements, so the rules can report them instead of a NullPointerException here. */
    private static <T> List<T> nullSafeCopy(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
