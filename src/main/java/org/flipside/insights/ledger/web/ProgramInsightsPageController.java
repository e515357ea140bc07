package org.flipside.insights.ledger.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.flipside.insights.action.InsightActions;
import org.flipside.insights.ledger.InsightLedger;
import org.flipside.insights.ledger.InsightState;
import org.flipside.insights.ledger.InsightView;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.Programs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The managers' page of every insight of their program, with state, owner, response and action; filtered by state. */
@Controller
class ProgramInsightsPageController {

    private final InsightLedger ledger;
    private final InsightActions actions;
    private final Programs programs;
    private final Directory directory;

    ProgramInsightsPageController(InsightLedger ledger, InsightActions actions, Programs programs,
                                  Directory directory) {
        this.ledger = ledger;
        this.actions = actions;
        this.programs = programs;
        this.directory = directory;
    }

    @GetMapping("/programs/{id}/insights")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String page(@PathVariable long id, @RequestParam(required = false) String state, Model model) {
        List<InsightView> all = ledger.ofProgram(id);
        InsightState wanted = parse(state);
        List<InsightView> shown = all.stream().filter(i -> wanted == null || InsightState.of(i) == wanted).toList();
        model.addAttribute("program", programs.get(id));
        model.addAttribute("insights", shown);
        model.addAttribute("states", InsightState.values());
        model.addAttribute("state", wanted);
        model.addAttribute("stateOf", shown.stream().collect(Collectors.toMap(InsightView::id, InsightState::of)));
        model.addAttribute("actions", actions.summaries(shown.stream().map(InsightView::actionId)
                .filter(Objects::nonNull).toList()));
        model.addAttribute("ownerNames", directory.byNumbers(shown.stream().map(InsightView::ownerNumber)
                .filter(Objects::nonNull).toList()).values().stream()
                .collect(Collectors.toMap(Employee::employeeNumber, Employee::fullName)));
        return "insights/program";
    }

    /** An unknown state shows everything rather than an error: the filter is a view, not an input to store. */
    private static InsightState parse(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return InsightState.valueOf(state);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
