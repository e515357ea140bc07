package org.flipside.audit.web;

import java.time.ZoneId;
import org.flipside.audit.AuditSearch;
import org.flipside.audit.AuditTrail;
import org.flipside.audit.Outcome;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Administrators read and filter the audit log. There is deliberately no way to change it. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String audit(AuditFilter filter, @RequestParam(required = false) Integer page, @ModelAttribute("userZone") ZoneId zone,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        AuditSearch search;
        try {
            search = filter.toSearch(zone);
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
            search = null;
        }
        model.addAttribute("filter", filter);
        model.addAttribute("actions", trail.actions());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("entries", search == null ? new PageOf<>(java.util.List.of(), 0, PAGE_SIZE, 0)
                : trail.search(search, PageRequests.page(page), PAGE_SIZE));
        model.addAttribute("base", UriComponentsBuilder.fromPath("/admin/audit")
                .queryParamIfPresent("actor", blankless(filter.actor()))
                .queryParamIfPresent("action", blankless(filter.action()))
                .queryParamIfPresent("outcome", blankless(filter.outcome()))
                .queryParamIfPresent("target", blankless(filter.target()))
                .queryParamIfPresent("from", blankless(filter.from()))
                .queryParamIfPresent("to", blankless(filter.to()))
                .build().encode().toUriString());
        // htmx asks for the results only, so filtering does not reload the page.
        return htmx != null ? "audit/audit :: results" : "audit/audit";
    }

    private static java.util.Optional<String> blankless(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(value);
    }
}
