package org.flipside.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.flipside.audit.AuditEntry;
import org.flipside.audit.AuditSearch;
import org.flipside.audit.AuditTrail;
import org.flipside.audit.Outcome;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only access to the audit log. No endpoint creates, changes or deletes entries. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit", description = "The append-only audit log (administrators only)")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit-entries")
    @Operation(summary = "Audit entries, newest first; 'from' inclusive and 'to' exclusive, as ISO-8601 instants")
    PageOf<AuditEntry> entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                               @RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String target,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException(FieldProblem.of("to", "audit.to.beforeFrom", "'to' must be after 'from'."));
        }
        return trail.search(new AuditSearch(actor, action, outcome, target, from, to), PageRequests.page(page),
                PageRequests.size(size));
    }
}
