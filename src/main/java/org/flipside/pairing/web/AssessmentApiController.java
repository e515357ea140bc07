package org.flipside.pairing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.pairing.assessment.AssessmentService;
import org.flipside.pairing.assessment.AssessmentView;
import org.flipside.pairing.assessment.Phase;
import org.flipside.pairing.assessment.RatingInput;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Self-assessments of a pair over JSON, under the same rules as the workspace tab. */
@RestController
@Tag(name = "Pair self-assessments", description = "Each person's ratings of themself at the start and at the end")
class AssessmentApiController {

    private final AssessmentService assessments;

    AssessmentApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/api/v1/pairs/{id}/assessments")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @Operation(summary = "The pair's self-assessments as the caller may see them",
            description = "A person sees their own answers; the partner's answers of a phase only once both have "
                    + "submitted that phase. The program's managers see both (their read is audited). Anyone else "
                    + "gets 404. Before their PRE assessment, a person's own side lists the items they will rate.")
    AssessmentView get(@PathVariable long id) {
        return assessments.view(id);
    }

    @PostMapping("/api/v1/pairs/{id}/assessments/{phase}")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit the caller's self-assessment of a phase (pre or post), once",
            description = "Only the pair's two people. PRE rates the items listed for the caller (fixed from then "
                    + "on) while the pair is not closed; POST rates the same items, any time after PRE. Every item "
                    + "once, a rating from 1 to 5, an optional comment of up to 500 characters.")
    AssessmentView submit(@PathVariable long id, @PathVariable String phase, @RequestBody RatingsBody body) {
        return assessments.submit(id, Phase.parse(phase), ratings(body));
    }

    @PutMapping("/api/v1/pairs/{id}/assessments/{phase}")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @Operation(summary = "Correct the caller's self-assessment of a phase",
            description = "Possible until the partner has submitted the same phase. Send the version you read; "
                    + "a different one answers 409 and changes nothing.")
    AssessmentView correct(@PathVariable long id, @PathVariable String phase, @RequestBody RatingsBody body) {
        if (body == null || body.version() == null) {
            throw new InvalidInputException(FieldProblem.of("version", "pair.assessment.version.required",
                    "Send the version of the self-assessment you correct."));
        }
        return assessments.correct(id, Phase.parse(phase), ratings(body), body.version());
    }

    private static List<RatingInput> ratings(RatingsBody body) {
        return body == null || body.ratings() == null ? List.of() : body.ratings();
    }

    /** The ratings, and for a correction the version read. */
    record RatingsBody(List<RatingInput> ratings, Long version) {
    }
}
