package org.flipside.program.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.flipside.program.ProgramQuery;
import org.flipside.program.ProgramState;
import org.flipside.program.Programs;
import org.flipside.shared.web.PageRequests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The program list with its state filter and search. An htmx request from the filter gets only the results, so
 * the table updates in place; without a script the same form reloads the whole page.
 */
@Controller
class ProgramListController {

    private final Programs programs;

    ProgramListController(Programs programs) {
        this.programs = programs;
    }

    @GetMapping("/programs")
    @PreAuthorize("hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String q,
                @RequestParam(required = false) Integer page,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                Model model, HttpServletResponse response) {
        ProgramState filter = parseState(state);
        model.addAttribute("page", programs.list(new ProgramQuery(filter, q, PageRequests.page(page), PageRequests.DEFAULT_SIZE)));
        model.addAttribute("state", filter == null ? "" : filter.name());
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("states", ProgramState.values());
        // The same address answers a page or a fragment; caches must keep them apart.
        response.setHeader("Vary", "HX-Request");
        boolean fragment = "true".equals(htmx) && !"true".equals(historyRestore);
        return fragment ? "program/list :: results" : "program/list";
    }

    /** An unknown state in a shared or hand-edited link shows all programs rather than an error page. */
    private static ProgramState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        return Arrays.stream(ProgramState.values()).filter(candidate -> candidate.name().equals(state.strip()))
                .findFirst().orElse(null);
    }
}
