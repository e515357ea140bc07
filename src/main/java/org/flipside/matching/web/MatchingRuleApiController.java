package org.flipside.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.flipside.matching.rule.MatchingRule;
import org.flipside.matching.rule.RuleKind;
import org.flipside.matching.rule.RuleService;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Managers' locks and bans of pairs over JSON. */
@RestController
@Tag(name = "Matching rules", description = "Locked and forbidden pairs of a program, for its managers")
class MatchingRuleApiController {

    private final RuleService rules;

    MatchingRuleApiController(RuleService rules) {
        this.rules = rules;
    }

    @GetMapping("/api/v1/programs/{id}/matching/rules")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "The program's locked and forbidden pairs")
    List<MatchingRule> list(@PathVariable long id) {
        return rules.list(id);
    }

    @PostMapping("/api/v1/programs/{id}/matching/rules")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Lock (keep in every run) or forbid a pair of approved participants; a lock that breaks a "
            + "hard rule, or does not fit the mentor's capacity, is refused (409) with the reason")
    ResponseEntity<MatchingRule> put(@PathVariable long id, @RequestBody RuleBody body) {
        if (body.mentee() == null || body.mentor() == null) {
            throw new InvalidInputException(FieldProblem.of("mentee", "matching.rule.pair.required",
                    "Name the mentee and the mentor (participant ids)."));
        }
        MatchingRule rule = rules.put(id, body.mentee(), body.mentor(), body.kind());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + id + "/matching/rules")).body(rule);
    }

    @DeleteMapping("/api/v1/programs/{id}/matching/rules")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Remove the lock or ban of a pair")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam long mentee, @RequestParam long mentor) {
        rules.remove(id, mentee, mentor);
        return ResponseEntity.noContent().build();
    }

    record RuleBody(Long mentee, Long mentor, RuleKind kind) {
    }
}
