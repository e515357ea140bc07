package org.flipside.matching.web;

import org.flipside.program.Side;
import org.flipside.program.ParticipantView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.matching.review.ProposalQuery;
import org.flipside.matching.review.ProposalReview;
import org.flipside.matching.review.RunPeople;
import org.flipside.matching.rule.MatchingRule;
import org.flipside.matching.rule.RuleService;
import org.flipside.matching.run.MatchingRun;
import org.flipside.matching.run.RunService;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.ManagedPrograms;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.matching.settings.Roster;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A program's matching pages: the runs with the settings' summary, starting a run, and a run with its review. */
@Controller
class MatchingController {

    static final String MANAGER = "hasRole('PROGRAM_MANAGER')";
    static final int PAGE_SIZE = 50;

    private final RunService runs;
    private final ManagedPrograms managed;
    private final MatchingSettingsService settings;
    private final ProposalReview review;
    private final RuleService rules;
    private final RunPeople people;
    private final Roster roster;
    private final UserMessages messages;

    MatchingController(RunService runs, ManagedPrograms managed, MatchingSettingsService settings,
                       ProposalReview review, RuleService rules, RunPeople people, Roster roster,
                       UserMessages messages) {
        this.runs = runs;
        this.managed = managed;
        this.settings = settings;
        this.review = review;
        this.rules = rules;
        this.people = people;
        this.roster = roster;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/matching")
    @PreAuthorize(MANAGER)
    String runs(@PathVariable long id, Model model) {
        model.addAttribute("program", managed.require(id));
        model.addAttribute("settings", settings.get(id));
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("runs", runs.list(id));
        model.addAttribute("rules", rules.list(id));
        Map<Long, ParticipantView> approved = roster.approved(id);
        model.addAttribute("participants", approved);
        model.addAttribute("menteeChoices", choices(approved, Side.MENTEE));
        model.addAttribute("mentorChoices", choices(approved, Side.MENTOR));
        return "matching/runs";
    }

    @PostMapping("/programs/{id}/matching/runs")
    @PreAuthorize(MANAGER)
    String start(@PathVariable long id, RedirectAttributes redirect) {
        try {
            MatchingRun run = runs.start(id);
            return "redirect:/programs/" + id + "/matching/runs/" + run.id();
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/programs/" + id + "/matching";
        }
    }

    @GetMapping("/programs/{id}/matching/runs/{runId}")
    @PreAuthorize(MANAGER)
    String run(@PathVariable long id, @PathVariable long runId,
               @RequestParam(required = false) ProposalQuery.Sort sort,
               @RequestParam(required = false) Integer minimumScore,
               @RequestParam(required = false) String department, @RequestParam(required = false) String q,
               @RequestParam(required = false) Integer page, Model model) {
        MatchingRun run = runs.get(id, runId);
        model.addAttribute("program", managed.require(id));
        model.addAttribute("run", run);
        if (run.state().finished()) {
            ProposalQuery query = new ProposalQuery(sort, minimumScore, department, q,
                    page == null || page < 0 ? 0 : page, PAGE_SIZE);
            model.addAttribute("query", query);
            model.addAttribute("sorts", ProposalQuery.Sort.values());
            model.addAttribute("proposals", review.proposals(id, runId, query));
            model.addAttribute("departments", review.departments(id, runId));
            model.addAttribute("unmatched", runs.unmatched(id, runId));
            model.addAttribute("people", people.of(runId));
            model.addAttribute("rulesByPair", byPair(rules.list(id)));
            model.addAttribute("otherRuns", runs.list(id).stream().filter(r -> r.id() != runId).toList());
        }
        return "matching/run";
    }

    /** The progress of an unfinished run for the page's polling; a finished run makes the page load again. */
    @GetMapping("/programs/{id}/matching/runs/{runId}/progress")
    @PreAuthorize(MANAGER)
    String progress(@PathVariable long id, @PathVariable long runId,
                    @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                    HttpServletResponse response) {
        MatchingRun run = runs.get(id, runId);
        if (run.state().finished() && htmx != null) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("program", managed.require(id));
        model.addAttribute("run", run);
        return "matching/run :: progress";
    }

    static Map<String, MatchingRule> byPair(java.util.List<MatchingRule> rules) {
        return rules.stream().collect(Collectors.toMap(r -> r.menteeParticipantId() + "-" + r.mentorParticipantId(),
                Function.identity()));
    }

    /** The approved people of one side by name, for choosing a pair to lock or forbid before any run. */
    private static java.util.List<ParticipantView> choices(Map<Long, ParticipantView> approved, Side side) {
        return approved.values().stream().filter(p -> p.side() == side)
                .sorted(java.util.Comparator.comparing(ParticipantView::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
