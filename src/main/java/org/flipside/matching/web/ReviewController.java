package org.flipside.matching.web;

import java.util.function.Supplier;
import org.flipside.matching.fairness.FairnessService;
import org.flipside.matching.review.RunComparison;
import org.flipside.matching.review.SwapService;
import org.flipside.matching.rule.RuleKind;
import org.flipside.matching.rule.RuleService;
import org.flipside.matching.settings.ManagedPrograms;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a manager does while reviewing a run: swap mentors, lock and forbid pairs, compare runs, check fairness. */
@Controller
class ReviewController {

    private final SwapService swaps;
    private final RuleService rules;
    private final RunComparison comparison;
    private final FairnessService fairness;
    private final ManagedPrograms managed;
    private final UserMessages messages;

    ReviewController(SwapService swaps, RuleService rules, RunComparison comparison, FairnessService fairness,
                     ManagedPrograms managed, UserMessages messages) {
        this.swaps = swaps;
        this.rules = rules;
        this.comparison = comparison;
        this.fairness = fairness;
        this.managed = managed;
        this.messages = messages;
    }

    @PostMapping("/programs/{id}/matching/runs/{runId}/swap")
    @PreAuthorize(MatchingController.MANAGER)
    String swap(@PathVariable long id, @PathVariable long runId, @RequestParam long menteeA,
                @RequestParam(required = false) Long menteeB, RedirectAttributes redirect) {
        return act(id, runId, redirect, () -> {
            if (menteeB == null) {
                return null;
            }
            swaps.swap(id, runId, menteeA, menteeB);
            return messages.text("matching.swap.done");
        });
    }

    @PostMapping("/programs/{id}/matching/rules")
    @PreAuthorize(MatchingController.MANAGER)
    String rule(@PathVariable long id, @RequestParam long mentee, @RequestParam long mentor,
                @RequestParam RuleKind kind, @RequestParam(required = false) Long run, RedirectAttributes redirect) {
        return act(id, run, redirect, () -> {
            rules.put(id, mentee, mentor, kind);
            return messages.text("matching.rule.saved." + kind.name());
        });
    }

    @PostMapping("/programs/{id}/matching/rules/remove")
    @PreAuthorize(MatchingController.MANAGER)
    String removeRule(@PathVariable long id, @RequestParam long mentee, @RequestParam long mentor,
                      @RequestParam(required = false) Long run, RedirectAttributes redirect) {
        return act(id, run, redirect, () -> {
            rules.remove(id, mentee, mentor);
            return messages.text("matching.rule.removed");
        });
    }

    @GetMapping("/programs/{id}/matching/compare")
    @PreAuthorize(MatchingController.MANAGER)
    String compare(@PathVariable long id, @RequestParam long left, @RequestParam long right, Model model) {
        model.addAttribute("program", managed.require(id));
        model.addAttribute("comparison", comparison.compare(id, left, right));
        return "matching/compare";
    }

    @GetMapping("/programs/{id}/matching/runs/{runId}/fairness")
    @PreAuthorize(MatchingController.MANAGER)
    String fairness(@PathVariable long id, @PathVariable long runId,
                    @RequestParam(required = false) String department, Model model) {
        model.addAttribute("program", managed.require(id));
        model.addAttribute("report", fairness.report(id, runId, department));
        return "matching/fairness";
    }

    private String act(long id, Long runId, RedirectAttributes redirect, Supplier<String> action) {
        try {
            String done = action.get();
            if (done != null) {
                redirect.addFlashAttribute("flash", done);
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("flashError", messages.text("matching.notFound"));
        }
        return runId == null ? "redirect:/programs/" + id + "/matching"
                : "redirect:/programs/" + id + "/matching/runs/" + runId;
    }
}
