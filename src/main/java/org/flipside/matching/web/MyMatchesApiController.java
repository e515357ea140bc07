package org.flipside.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.matching.consent.MyMatchView;
import org.flipside.matching.consent.MyMatches;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in employee's matches over JSON; anyone else's answer 404. */
@RestController
@Tag(name = "My matches", description = "Proposed and requested matches of the signed-in employee, and answering them")
class MyMatchesApiController {

    private final MyMatches myMatches;

    MyMatchesApiController(MyMatches myMatches) {
        this.myMatches = myMatches;
    }

    @GetMapping("/api/v1/me/matches")
    @PreAuthorize(MatchesController.SIGNED_IN)
    @Operation(summary = "My matches, newest first, with the partner, the score and the reasons")
    List<MyMatchView> mine() {
        return myMatches.mine();
    }

    @GetMapping("/api/v1/me/matches/{id}")
    @PreAuthorize(MatchesController.SIGNED_IN)
    @Operation(summary = "One of my matches")
    MyMatchView one(@PathVariable long id) {
        return myMatches.one(id);
    }

    @PostMapping("/api/v1/me/matches/{id}/answer")
    @PreAuthorize(MatchesController.SIGNED_IN)
    @Operation(summary = "Accept or decline one of my matches before its deadline",
            description = "answer: accept or decline; reason: optional, kept for the program's managers only; "
                    + "version: the match's version as last read.")
    MyMatchView answer(@PathVariable long id, @RequestBody AnswerBody body) {
        return myMatches.answer(id, Forms.answer(body.answer()), body.reason(), Forms.version(body.version()));
    }

    @PostMapping("/api/v1/me/matches/{id}/withdrawal")
    @PreAuthorize(MatchesController.SIGNED_IN)
    @Operation(summary = "Withdraw my own request for a mentor before the mentor answered it",
            description = "version: the match's version as last read. Both people are free again.")
    MyMatchView withdraw(@PathVariable long id, @RequestBody VersionBody body) {
        return myMatches.withdraw(id, Forms.version(body.version()));
    }

    record AnswerBody(String answer, String reason, Long version) {
    }

    record VersionBody(Long version) {
    }
}
