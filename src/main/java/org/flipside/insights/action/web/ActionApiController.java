package org.flipside.insights.action.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.insights.action.ActionView;
import org.flipside.insights.action.DueDateMove;
import org.flipside.insights.action.InsightActions;
import org.flipside.insights.action.StatusUpdate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Actions made from insights, over JSON: read by the owner, the program's managers and the authors; changed by the owner. */
@RestController
@Tag(name = "Insight actions", description = "What an owner does about accepted insights, until it is done")
class ActionApiController {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";
    private static final String READERS = "The owner, the program's managers and the authors of the insights accepted "
            + "or merged into the action; anyone else, administrators included, gets 404.";

    private final InsightActions actions;

    ActionApiController(InsightActions actions) {
        this.actions = actions;
    }

    @GetMapping("/api/v1/insight-actions/{id}")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "An action with its history, oldest first", description = READERS)
    ActionView get(@PathVariable long id) {
        return actions.get(id);
    }

    @PostMapping("/api/v1/insight-actions/{id}/updates")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "Post a status update",
            description = "Only the owner (other readers get 409, anyone else 404). status OPEN, IN_PROGRESS or DONE, "
                    + "forward only (409 otherwise); the same status needs a note (up to 4000 characters); DONE needs "
                    + "the outcome (up to 4000) and is final. Send the version read: a stale one gets 409.")
    ActionView update(@PathVariable long id, @RequestBody(required = false) StatusUpdate update) {
        return actions.update(id, update);
    }

    @PutMapping("/api/v1/insight-actions/{id}/due-date")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "Move the due date, with a reason",
            description = "Only the owner, before the action is done (other readers get 409, anyone else 404). dueOn "
                    + "after today and different from the current one; reason up to 1000 characters. A moved due "
                    + "date starts the overdue reminders afresh. Send the version read: a stale one gets 409.")
    ActionView moveDue(@PathVariable long id, @RequestBody(required = false) DueDateMove move) {
        return actions.moveDue(id, move);
    }
}
