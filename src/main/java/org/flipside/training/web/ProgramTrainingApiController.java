package org.flipside.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.PageOf;
import org.flipside.training.report.CompletionFigures;
import org.flipside.training.report.CompletionReport;
import org.flipside.training.report.NotDone;
import org.flipside.training.setting.TrainingSetting;
import org.flipside.training.setting.TrainingSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A program's training figures and setting over JSON, for the program's managers; to others the program answers 404. */
@RestController
@Tag(name = "Program training", description = "Role-training completion of a program and its requirement")
class ProgramTrainingApiController {

    private final CompletionReport report;
    private final TrainingSettings settings;

    ProgramTrainingApiController(CompletionReport report, TrainingSettings settings) {
        this.report = report;
        this.settings = settings;
    }

    @GetMapping("/api/v1/programs/{id}/training/completion")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Completion per side and per module, counting approved participants",
            description = "Counts and whole percentages; a side without participants shows 0 %.")
    CompletionFigures completion(@PathVariable long id) {
        return report.figures(id);
    }

    @GetMapping("/api/v1/programs/{id}/training/not-done")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Approved participants who have not passed every module of their side, a page at a time",
            description = "Those approved longest ago first; page from 0, size bounded like every list.")
    PageOf<NotDone> notDone(@PathVariable long id, @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size) {
        return report.notDone(id, page, size);
    }

    @GetMapping("/api/v1/programs/{id}/training/settings")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Whether the program requires role training before a pair becomes active",
            description = "Version 0 means the setting was never saved (and training is not required).")
    TrainingSetting get(@PathVariable long id) {
        return settings.get(id);
    }

    @PutMapping("/api/v1/programs/{id}/training/settings")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Require role training before a pair becomes active, or stop requiring it",
            description = "version: the setting's version as last read (0 if never saved); a stale one answers 409. "
                    + "A closed program's setting cannot change (409).")
    TrainingSetting put(@PathVariable long id, @RequestBody SettingBody body) {
        if (body == null || body.requiredBeforePairing() == null) {
            throw new InvalidInputException(FieldProblem.of(
                    "requiredBeforePairing", "training.setting.requiredMissing",
                    "Send requiredBeforePairing as true or false."));
        }
        return settings.change(id, body.requiredBeforePairing(), Versions.required(body.version()));
    }

    record SettingBody(Boolean requiredBeforePairing, Long version) {
    }
}
