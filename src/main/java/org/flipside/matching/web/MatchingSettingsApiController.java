package org.flipside.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A program's matching settings and mentors' own capacities over JSON, for the program's managers. */
@RestController
@Tag(name = "Matching settings", description = "How a program matches its participants, for its managers")
class MatchingSettingsApiController {

    private final MatchingSettingsService settings;

    MatchingSettingsApiController(MatchingSettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/api/v1/programs/{id}/matching/settings")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "The program's matching settings; the template's defaults with version 0 until first saved")
    MatchingSettings get(@PathVariable long id) {
        return settings.get(id);
    }

    @PutMapping("/api/v1/programs/{id}/matching/settings")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Replace the matching settings; send the version you read (409 when someone saved since)")
    MatchingSettings put(@PathVariable long id, @RequestBody MatchingSettings body) {
        return settings.update(id, body, body.version());
    }

    @GetMapping("/api/v1/programs/{id}/matching/capacities")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Mentors whose capacity differs from the program's, participant id to capacity")
    Map<Long, Integer> capacities(@PathVariable long id) {
        return settings.capacities(id);
    }

    @PutMapping("/api/v1/programs/{id}/matching/capacities/{participantId}")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Set an approved mentor's own capacity, 1 to 10 mentees")
    Map<String, Integer> setCapacity(@PathVariable long id, @PathVariable long participantId,
                                     @RequestBody CapacityBody body) {
        if (body.capacity() == null) {
            throw new InvalidInputException(FieldProblem.of("capacity", "matching.capacity.range",
                    "A mentor takes from 1 to 10 mentees."));
        }
        settings.setCapacity(id, participantId, body.capacity());
        return Map.of("capacity", body.capacity());
    }

    @DeleteMapping("/api/v1/programs/{id}/matching/capacities/{participantId}")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Let the mentor take the program's capacity again")
    ResponseEntity<Void> clearCapacity(@PathVariable long id, @PathVariable long participantId) {
        settings.setCapacity(id, participantId, null);
        return ResponseEntity.noContent().build();
    }

    record CapacityBody(Integer capacity) {
    }
}
