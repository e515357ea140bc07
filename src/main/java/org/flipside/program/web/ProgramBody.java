package org.flipside.program.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.flipside.program.Cadence;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;

/** A program as API clients send it. {@code version} is required when updating and ignored when creating. */
record ProgramBody(
        @Schema(example = "Digital fluency 2026") String name,
        String purpose,
        @Schema(description = "Each item has either 'catalogue' (a code from /api/v1/objectives) or 'custom' (own text).")
        List<ObjectiveChoice> objectives,
        List<String> focusTopics,
        LocalDate startDate,
        LocalDate endDate,
        Cadence cadence,
        @Schema(minimum = "1", maximum = "5") Integer mentorCapacity,
        @Schema(description = "Code of the template the program starts from; only read when creating.") String templateCode,
        @Schema(description = "The version the change started from; required for updates.") Long version) {

    ProgramDraft toDraft() {
        return new ProgramDraft(name, purpose, objectives, focusTopics, startDate, endDate, cadence, mentorCapacity,
                templateCode);
    }
}
