package org.flipside.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.matching.consent.ManagedMatchView;
import org.flipside.matching.consent.ManagerMatches;
import org.flipside.matching.consent.Publication;
import org.flipside.shared.web.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Publishing runs and following a program's matches over JSON, for the program's managers. */
@RestController
@Tag(name = "Program matches", description = "Publishing a matching run and following the answers to its matches")
class ProgramMatchesApiController {

    private final Publication publication;
    private final ManagerMatches matches;

    ProgramMatchesApiController(Publication publication, ManagerMatches matches) {
        this.publication = publication;
        this.matches = matches;
    }

    @PostMapping("/api/v1/programs/{id}/matching/runs/{runId}/publication")
    @PreAuthorize(ProgramMatchesController.MANAGER)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Publish a run: every proposal becomes a match both people answer",
            description = "All or nothing. 409 when the run is already published, the program is not matching or "
                    + "running, or a mentee already has an open match or a mentor has no free seat (named).")
    Publication.Published publish(@PathVariable long id, @PathVariable long runId) {
        return publication.publish(id, runId);
    }

    @GetMapping("/api/v1/programs/{id}/matching/matches")
    @PreAuthorize(ProgramMatchesController.MANAGER)
    @Operation(summary = "One page of the program's matches, newest first, with both answers, decline reasons and "
            + "overdue flags", description = "page: from 0; size: 1 to 200, 25 if absent.")
    PageOf<ManagedMatchView> list(@PathVariable long id, @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return matches.list(id, page, size);
    }

    @PostMapping("/api/v1/programs/{id}/matching/matches/{matchId}/cancellation")
    @PreAuthorize(ProgramMatchesController.MANAGER)
    @Operation(summary = "Cancel an open match; both people's seats are freed")
    ManagedMatchView cancel(@PathVariable long id, @PathVariable long matchId, @RequestBody VersionBody body) {
        return matches.cancel(id, matchId, Forms.version(body.version()));
    }

    record VersionBody(Long version) {
    }
}
