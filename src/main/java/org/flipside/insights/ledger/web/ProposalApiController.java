package org.flipside.insights.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.insights.ledger.InsightProposals;
import org.flipside.insights.ledger.InsightView;
import org.flipside.insights.ledger.OwnedInsight;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Proposing an insight to an owner, and the owner's inbox, over JSON. */
@RestController
@Tag(name = "Insights")
class ProposalApiController {

    private final InsightProposals proposals;

    ProposalApiController(InsightProposals proposals) {
        this.proposals = proposals;
    }

    @PostMapping("/api/v1/insights/{id}/proposal")
    @PreAuthorize(InsightApiController.SIGNED_IN)
    @Operation(summary = "Propose an insight to an owner",
            description = "The insight's author, or the senior mentee after endorsing it (the partner and managers "
                    + "get 409, anyone outside the pair and its managers 404). owner is the employee number of an "
                    + "active employee with an active account under the same work email (400 otherwise). An "
                    + "insight is proposed once; a second proposal gets 409. toSponsor true proposes to the "
                    + "program's sponsor instead of owner (400 with the field owner when the program has none).")
    InsightView propose(@PathVariable long id, @RequestBody(required = false) ProposalBody body) {
        if (body != null && Boolean.TRUE.equals(body.toSponsor())) {
            return proposals.proposeToSponsor(id);
        }
        return proposals.propose(id, body == null ? null : body.owner());
    }

    @GetMapping("/api/v1/me/insights/owned")
    @PreAuthorize(InsightApiController.SIGNED_IN)
    @Operation(summary = "Insights proposed to me, newest first",
            description = "Only what was proposed to the signed-in employee. An author is named only if they chose "
                    + "to be credited; the pair is never named.")
    List<OwnedInsight> owned() {
        return proposals.owned();
    }

    /** The employee number of the proposed owner, or {@code toSponsor} for the program's sponsor. */
    record ProposalBody(String owner, Boolean toSponsor) {
    }
}
