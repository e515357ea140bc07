package org.flipside.insights.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.insights.ledger.InsightDraft;
import org.flipside.insights.ledger.InsightLedger;
import org.flipside.insights.ledger.InsightView;
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

/** A pair's insights over JSON: recorded by its two people, endorsed by its senior mentee. */
@RestController
@Tag(name = "Insights", description = "What a pair learns that the organisation should act on")
class InsightApiController {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";
    private static final String PAIR_AND_MANAGERS = "The pair's two people and its program's managers; anyone else, "
            + "administrators included, gets 404.";

    private final InsightLedger ledger;

    InsightApiController(InsightLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/v1/pairs/{id}/insights")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "The pair's insights, newest first", description = PAIR_AND_MANAGERS)
    List<InsightView> ofPair(@PathVariable long id) {
        return ledger.ofPair(id);
    }

    @PostMapping("/api/v1/pairs/{id}/insights")
    @PreAuthorize(SIGNED_IN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an insight",
            description = "Only the pair's two people (others get 404). Title up to 150 characters, observation and "
                    + "significance up to 4000 each; objective is a position (from 0) in the program's objectives "
                    + "and topic one of its focus topics, both optional; the evidence link must be http or https. "
                    + "creditByName defaults to false: anonymous beyond the pair and the program's managers. "
                    + "Every bad field is reported at once and nothing is stored.")
    InsightView record(@PathVariable long id, @RequestBody(required = false) InsightDraft draft) {
        return ledger.record(id, draft);
    }

    @GetMapping("/api/v1/programs/{id}/insights")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Every insight of the program, newest first (read-only)",
            description = "The program's managers only; anyone else gets 404. Authors are named whatever their "
                    + "credit choice: anonymity applies beyond the pair and the program's managers.")
    List<InsightView> ofProgram(@PathVariable long id) {
        return ledger.ofProgram(id);
    }

    @PutMapping("/api/v1/insights/{id}/credit")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "Change how the author is credited beyond the pair",
            description = "Only the insight's author (409 for the partner and the program's managers, 404 for anyone "
                    + "else). creditByName true names the author on the program's \"You said, we did\" page; false "
                    + "keeps them anonymous there. Send the version read: a stale one gets 409.")
    InsightView credit(@PathVariable long id, @RequestBody(required = false) CreditChange change) {
        if (change == null || change.version() == null || change.creditByName() == null) {
            throw new InvalidInputException(FieldProblem.of(change == null || change.creditByName() == null
                    ? "creditByName" : "version", "insight.credit.required",
                    "Send creditByName and the version of the insight you read."));
        }
        return ledger.changeCredit(id, change.creditByName(), change.version());
    }

    /** The author's credit choice and the version of the insight they read. */
    record CreditChange(Boolean creditByName, Long version) {
    }

    @PostMapping("/api/v1/insights/{id}/endorsement")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "Endorse an insight the junior mentor recorded",
            description = "Only the pair's senior mentee (409 for the junior and the program's managers, 404 for "
                    + "anyone else). Endorsing again changes nothing.")
    InsightView endorse(@PathVariable long id) {
        return ledger.endorse(id);
    }
}
