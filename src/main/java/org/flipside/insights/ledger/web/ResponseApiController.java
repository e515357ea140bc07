package org.flipside.insights.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.insights.ledger.InsightResponses;
import org.flipside.insights.ledger.ResponseDraft;
import org.flipside.insights.ledger.StoredResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The named owner's response to a proposed insight, over JSON. */
@RestController
@Tag(name = "Insights")
class ResponseApiController {

    private final InsightResponses responses;

    ResponseApiController(InsightResponses responses) {
        this.responses = responses;
    }

    @PostMapping("/api/v1/insights/{id}/response")
    @PreAuthorize(InsightApiController.SIGNED_IN)
    @Operation(summary = "Respond to an insight proposed to me",
            description = "Only the named owner (anyone else gets 404). decision ACCEPTED makes an action owned by "
                    + "the caller (dueOn after today, expectedOutcome up to 1000 characters); DECLINED needs a reason "
                    + "(up to 1000) the insight's author reads; MERGED needs the actionId of an action of the same "
                    + "program. Send the version read: one response per insight, a second or stale one gets 409.")
    StoredResponse respond(@PathVariable long id, @RequestBody(required = false) ResponseDraft draft) {
        return responses.respond(id, draft);
    }
}
