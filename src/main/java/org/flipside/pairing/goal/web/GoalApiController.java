package org.flipside.pairing.goal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.flipside.pairing.goal.GoalDraft;
import org.flipside.pairing.goal.GoalService;
import org.flipside.pairing.goal.GoalView;
import org.flipside.pairing.goal.GrowthArea;
import org.flipside.pairing.goal.KeyResultDraft;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A pair's goals over JSON, under the same per-record rules as the goals page. */
@RestController
@Tag(name = "Pair goals", description = "Learning goals of the mentee and growth goals of the mentor, with key results")
class GoalApiController {

    private final GoalService goals;

    GoalApiController(GoalService goals) {
        this.goals = goals;
    }

    @GetMapping("/api/v1/pairs/{id}/goals")
    @PreAuthorize(GoalPageController.SIGNED_IN)
    @Operation(summary = "Both sides' goals with key results, updates and computed progress (archived included)",
            description = "For the pair's two people and its program's managers (a manager's read is audited); anyone "
                    + "else gets 404.")
    List<GoalView> list(@PathVariable long id) {
        return goals.list(id);
    }

    @PostMapping("/api/v1/pairs/{id}/goals")
    @PreAuthorize(GoalPageController.SIGNED_IN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a goal to your own side",
            description = "A mentee's learning goal names a program objective by its position (objective, from 1); a "
                    + "mentor's growth goal names a growthArea. One to five key results, each with a target that "
                    + "differs from its start (lower targets are fine). At most " + GoalService.MAX_GOALS_PER_SIDE
                    + " goals per side that are not archived (409 beyond). Managers get 403.")
    GoalView create(@PathVariable long id, @RequestBody GoalBody body) {
        return goals.create(id, draft(body));
    }

    @PutMapping("/api/v1/pairs/{id}/goals/{goalId}")
    @PreAuthorize(GoalPageController.SIGNED_IN)
    @Operation(summary = "Change one of your own goals",
            description = "Send the version you read; 409 if the goal changed meanwhile. Key results with an id are "
                    + "changed, without one added; one left out is removed unless progress was recorded on it (400). "
                    + "The partner's goals answer 403.")
    GoalView update(@PathVariable long id, @PathVariable long goalId, @RequestBody GoalBody body) {
        if (body == null || body.version() == null) {
            throw new InvalidInputException(FieldProblem.of("version", "goal.field.version",
                    "Send the version of the goal you read."));
        }
        return goals.update(id, goalId, draft(body), body.version());
    }

    @DeleteMapping("/api/v1/pairs/{id}/goals/{goalId}")
    @PreAuthorize(GoalPageController.SIGNED_IN)
    @Operation(summary = "Archive one of your own goals",
            description = "The goal is kept with its history and no longer changes or counts against the limit. With "
                    + "version, a goal changed meanwhile answers 409.")
    GoalView archive(@PathVariable long id, @PathVariable long goalId,
                     @RequestParam(required = false) Long version) {
        return goals.archive(id, goalId, version);
    }

    @PostMapping("/api/v1/pairs/{id}/goals/{goalId}/key-results/{krId}/updates")
    @PreAuthorize(GoalPageController.SIGNED_IN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record where a key result of one of your own goals stands now",
            description = "Progress follows from it: (current − start) / (target − start), held between 0 and 100 %.")
    GoalView record(@PathVariable long id, @PathVariable long goalId, @PathVariable long krId,
                    @RequestBody UpdateBody body) {
        return goals.record(id, goalId, krId, body == null ? null : body.value(), body == null ? null : body.comment());
    }

    private static GoalDraft draft(GoalBody body) {
        if (body == null) {
            throw new InvalidInputException(FieldProblem.of("title", "goal.field.required", "Write something here."));
        }
        List<KeyResultDraft> keyResults = body.keyResults() == null ? List.of() : body.keyResults().stream()
                .map(kr -> kr == null ? new KeyResultDraft(null, null, null, null, null)
                        : new KeyResultDraft(kr.id(), kr.description(), kr.unit(), kr.start(), kr.target()))
                .toList();
        return new GoalDraft(body.title(), body.why(), body.objective(), body.growthArea(), body.targetDate(),
                keyResults);
    }

    @Schema(description = "A goal as its owner writes it; version only when changing one")
    record GoalBody(String title, String why, Integer objective, GrowthArea growthArea, LocalDate targetDate,
                    List<KeyResultBody> keyResults, Long version) {
    }

    record KeyResultBody(Long id, String description, String unit, BigDecimal start, BigDecimal target) {
    }

    record UpdateBody(BigDecimal value, String comment) {
    }
}
