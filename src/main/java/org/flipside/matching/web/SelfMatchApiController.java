package org.flipside.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.flipside.matching.consent.MyMatchView;
import org.flipside.matching.selfmatch.SelfMatch;
import org.flipside.matching.selfmatch.Suggestions;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Self-match over JSON: a mentee's ranked mentors and requesting one. */
@RestController
@Tag(name = "Self-match", description = "Mentees of programs that let them choose: ranked mentors and requests")
class SelfMatchApiController {

    private final SelfMatch selfMatch;

    SelfMatchApiController(SelfMatch selfMatch) {
        this.selfMatch = selfMatch;
    }

    @GetMapping("/api/v1/me/matches/suggestions")
    @PreAuthorize(MatchesController.SIGNED_IN)
    @Operation(summary = "The mentors my approved mentee participation may request, best first, with score and reasons")
    Suggestions suggestions(@RequestParam long participant) {
        return selfMatch.suggestions(participant);
    }

    @PostMapping("/api/v1/me/matches/requests")
    @PreAuthorize(MatchesController.SIGNED_IN)
    @Operation(summary = "Request a mentor; the mentor accepts or declines by the deadline",
            description = "409 when the mentee already has an open request or match, the mentor has no free place, "
                    + "or a hard constraint rules the pair out (the reason is given).")
    ResponseEntity<MyMatchView> request(@RequestBody MentorRequest body) {
        if (body.participant() == null || body.mentor() == null) {
            throw new InvalidInputException(FieldProblem.of(body.participant() == null ? "participant" : "mentor",
                    "matching.self.required", "Name your mentee participation and the mentor."));
        }
        MyMatchView requested = selfMatch.request(body.participant(), body.mentor());
        return ResponseEntity.created(URI.create("/api/v1/me/matches/" + requested.id())).body(requested);
    }

    record MentorRequest(Long participant, Long mentor) {
    }
}
