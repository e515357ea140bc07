package org.flipside.pairing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.pairing.pair.PairAccess;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pairs over JSON: one's own, one pair (its people and its program's managers), a program's, and by hand. */
@RestController
@Tag(name = "Pairs", description = "Mentor–mentee pairs: mine, one pair's workspace head, a program's pairs")
class PairApiController {

    private final Pairs pairs;
    private final PairAccess access;

    PairApiController(Pairs pairs, PairAccess access) {
        this.pairs = pairs;
        this.access = access;
    }

    @GetMapping("/api/v1/me/pairs")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @Operation(summary = "My pairs in every program, newest first")
    List<PairView> mine() {
        return pairs.mine();
    }

    @GetMapping("/api/v1/pairs/{id}")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @Operation(summary = "One pair: its people, state and closing",
            description = "For the pair's two people and its program's managers (a manager's read is audited); "
                    + "anyone else gets 404.")
    PairView one(@PathVariable long id) {
        return access.open(id).pair();
    }

    @GetMapping("/api/v1/programs/{id}/pairs")
    @PreAuthorize(ProgramPairsController.MANAGER)
    @Operation(summary = "The program's pairs, oldest first, one page at a time (managers of the program)")
    PageOf<PairView> ofProgram(@PathVariable long id, @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return pairs.ofProgram(id, PageRequests.page(page), PageRequests.size(size));
    }

    @PostMapping("/api/v1/programs/{id}/pairs")
    @PreAuthorize(ProgramPairsController.MANAGER)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Pair an approved mentee and mentor by hand",
            description = "Every hard rule of matching applies (reporting lines, grade gap, do-not-match lists, "
                    + "earlier pairs, bans) and so do the seats; must-have thresholds do not. The pair is active at "
                    + "once unless the program requires role training one of the two has not finished.")
    PairView create(@PathVariable long id, @RequestBody NewPairBody body) {
        if (body == null || body.menteeParticipantId() == null || body.mentorParticipantId() == null) {
            throw new InvalidInputException(FieldProblem.of(body == null || body.menteeParticipantId() == null
                    ? "menteeParticipantId" : "mentorParticipantId", "pair.field.required", "Choose a person."));
        }
        return pairs.create(id, body.menteeParticipantId(), body.mentorParticipantId());
    }

    record NewPairBody(Long menteeParticipantId, Long mentorParticipantId) {
    }
}
