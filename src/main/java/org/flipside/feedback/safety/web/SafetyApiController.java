package org.flipside.feedback.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.feedback.safety.RoundResult;
import org.flipside.feedback.safety.SafetyFlag;
import org.flipside.feedback.safety.SafetyFlags;
import org.flipside.feedback.safety.SafetyResults;
import org.flipside.feedback.safety.SafetySettings;
import org.flipside.feedback.safety.SafetySettingsService;
import org.flipside.feedback.safety.SettingsInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A program's pulse results, flags and settings for its managers, over JSON. */
@RestController
@Tag(name = "Safety pulse")
class SafetyApiController {

    private static final String ONLY_MANAGERS = "Only the program's managers: administrators, sponsors, "
            + "participants and other programs' managers get 404.";

    private final SafetyResults results;
    private final SafetyFlags flags;
    private final SafetySettingsService settings;

    SafetyApiController(SafetyResults results, SafetyFlags flags, SafetySettingsService settings) {
        this.results = results;
        this.flags = flags;
        this.settings = settings;
    }

    @GetMapping("/api/v1/programs/{id}/safety-pulse")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    @Operation(summary = "The pulse per round, aggregated",
            description = ONLY_MANAGERS + " A round with fewer respondents than the small-group minimum has no "
                    + "mean and no distribution (withheld).")
    List<RoundResult> results(@PathVariable long id) {
        return results.rounds(id);
    }

    @GetMapping("/api/v1/programs/{id}/safety-pulse/flags")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    @Operation(summary = "Low-score flags, those waiting for a follow-up first",
            description = ONLY_MANAGERS + " A flag names the pair only when the junior mentor agreed to be contacted.")
    List<SafetyFlag> flags(@PathVariable long id) {
        return flags.list(id);
    }

    @PostMapping("/api/v1/programs/{id}/safety-pulse/flags/{flagId}/follow-up")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    @Operation(summary = "Mark a flag as followed up, with a note",
            description = ONLY_MANAGERS + " Send the version you read; a different one answers 409.")
    SafetyFlag followUp(@PathVariable long id, @PathVariable long flagId,
                        @RequestBody(required = false) SafetyForms.FollowUpBody body) {
        return flags.followUp(id, flagId, body == null ? null : body.note(), body == null ? null : body.version());
    }

    @GetMapping("/api/v1/programs/{id}/safety-pulse/settings")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    @Operation(summary = "The pulse settings: period in weeks and the low-score threshold", description = ONLY_MANAGERS)
    SafetySettings settings(@PathVariable long id) {
        return settings.get(id);
    }

    @PutMapping("/api/v1/programs/{id}/safety-pulse/settings")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    @Operation(summary = "Change the pulse settings",
            description = ONLY_MANAGERS + " periodWeeks 1–26, threshold 1.0–5.0; send the version you read "
                    + "(0 while the defaults apply); a different one answers 409.")
    SafetySettings update(@PathVariable long id, @RequestBody(required = false) SettingsInput body) {
        return settings.update(id, body == null ? new SettingsInput(null, null, null) : body);
    }
}
