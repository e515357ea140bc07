package org.flipside.pairing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.pairing.PairView;
import org.flipside.pairing.closing.PairClosings;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Closing a pair over JSON: its people propose and agree, a manager of its program closes it directly. */
@RestController
@Tag(name = "Pair closing", description = "Closing a pair as completed or ended early, with each side's reason")
class ClosingApiController {

    private final PairClosings closings;

    ClosingApiController(PairClosings closings) {
        this.closings = closings;
    }

    @PostMapping("/api/v1/pairs/{id}/closing")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @Operation(summary = "Propose to close the pair (one of its two people)",
            description = "outcome COMPLETED or ENDED_EARLY, a reason (at most 1000 characters) and the pair's "
                    + "version; 409 when the pair changed meanwhile, is closed, or a proposal is open already.")
    PairView propose(@PathVariable long id, @RequestBody(required = false) ClosingBody body) {
        ClosingBody given = body == null ? ClosingBody.EMPTY : body;
        return closings.propose(id, given.outcome(), given.reason(), version(given.version()));
    }

    @PostMapping("/api/v1/pairs/{id}/closing/agreement")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @Operation(summary = "Answer the partner's proposal: agree and close, or propose the other outcome",
            description = "With no outcome, or the proposed one, the partner's reason closes the pair with that "
                    + "outcome. With the other outcome it becomes the open proposal, which the first proposer may "
                    + "then agree to.")
    PairView agree(@PathVariable long id, @RequestBody(required = false) ClosingBody body) {
        ClosingBody given = body == null ? ClosingBody.EMPTY : body;
        return closings.agree(id, given.outcome(), given.reason(), version(given.version()));
    }

    @DeleteMapping("/api/v1/pairs/{id}/closing")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @Operation(summary = "Withdraw one's own proposal to close the pair", description = "Needs ?version=.")
    PairView withdraw(@PathVariable long id, @RequestParam(required = false) Long version) {
        return closings.withdraw(id, version(version));
    }

    @PostMapping("/api/v1/pairs/{id}/closing/by-manager")
    @PreAuthorize(ProgramPairsController.MANAGER)
    @Operation(summary = "Close the pair directly (managers of its program)",
            description = "outcome COMPLETED or ENDED_EARLY, the manager's reason and the pair's version.")
    PairView closeByManager(@PathVariable long id, @RequestBody(required = false) ClosingBody body) {
        ClosingBody given = body == null ? ClosingBody.EMPTY : body;
        return closings.closeByManager(id, given.outcome(), given.reason(), version(given.version()));
    }

    static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(FieldProblem.of("version", "pair.closing.version.required",
                    "Send the version of the pair you read."));
        }
        return version;
    }

    /** What closing asks for; {@code outcome} is optional when agreeing. */
    record ClosingBody(String outcome, String reason, Long version) {
        static final ClosingBody EMPTY = new ClosingBody(null, null, null);
    }
}
