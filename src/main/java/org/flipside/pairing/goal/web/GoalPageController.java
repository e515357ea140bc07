package org.flipside.pairing.goal.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.flipside.pairing.goal.GoalService;
import org.flipside.pairing.goal.GoalView;
import org.flipside.pairing.goal.GrowthArea;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.workspace.WorkspacePage;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The goals tab of a pair's workspace: both sides' goals with progress, and each person's own goal forms. */
@Controller
class GoalPageController {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";

    private final WorkspacePage workspace;
    private final GoalService goals;
    private final GoalLabels labels;
    private final UserMessages messages;

    GoalPageController(WorkspacePage workspace, GoalService goals, GoalLabels labels, UserMessages messages) {
        this.workspace = workspace;
        this.goals = goals;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/pairs/{id}/goals")
    @PreAuthorize(SIGNED_IN)
    String list(@PathVariable long id, Model model) {
        Access access = workspace.open(model, id, "goals");
        List<GoalView> all = goals.of(access.pair());
        model.addAttribute("menteeGoals", all.stream().filter(g -> g.side() == Side.MENTEE).toList());
        model.addAttribute("mentorGoals", all.stream().filter(g -> g.side() == Side.MENTOR).toList());
        model.addAttribute("objectiveLabels", labels.objectives(goals.objectives(access.pair())));
        model.addAttribute("maxGoals", GoalService.MAX_GOALS_PER_SIDE);
        model.addAttribute("canAdd", access.member() && !access.pair().state().closed()
                && all.stream().filter(g -> g.side() == access.side() && !g.archived()).count()
                < GoalService.MAX_GOALS_PER_SIDE);
        return "pairing/goals";
    }

    @GetMapping("/pairs/{id}/goals/new")
    @PreAuthorize(SIGNED_IN)
    String newGoal(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Access access = workspace.open(model, id, "goals");
        requireMember(access);
        if (access.pair().state().closed()) {
            return closed(id, redirect, "goal.closed");
        }
        return form(model, access, null, GoalForm.empty());
    }

    @GetMapping("/pairs/{id}/goals/{goalId}/edit")
    @PreAuthorize(SIGNED_IN)
    String edit(@PathVariable long id, @PathVariable long goalId, Model model, RedirectAttributes redirect) {
        Access access = workspace.open(model, id, "goals");
        GoalView goal = goals.get(id, goalId);
        requireMember(access);
        if (goal.side() != access.side()) {
            throw new AccessDeniedException("Each person changes only their own goals.");
        }
        if (access.pair().state().closed() || goal.archived()) {
            return closed(id, redirect, access.pair().state().closed() ? "goal.closed" : "goal.archived.rule");
        }
        return form(model, access, goal, GoalForm.of(goal));
    }

    @PostMapping("/pairs/{id}/goals")
    @PreAuthorize(SIGNED_IN)
    String create(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        return save(id, null, params, model, redirect);
    }

    @PostMapping("/pairs/{id}/goals/{goalId}")
    @PreAuthorize(SIGNED_IN)
    String update(@PathVariable long id, @PathVariable long goalId,
                  @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        return save(id, goalId, params, model, redirect);
    }

    @PostMapping("/pairs/{id}/goals/{goalId}/archive")
    @PreAuthorize(SIGNED_IN)
    String archive(@PathVariable long id, @PathVariable long goalId,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            GoalView goal = goals.archive(id, goalId, version);
            redirect.addFlashAttribute("flash", messages.text("goal.flash.archived", goal.title()));
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("flashError", messages.text("goal.stale"));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return "redirect:/pairs/" + id + "/goals";
    }

    @PostMapping("/pairs/{id}/goals/{goalId}/key-results/{keyResultId}/updates")
    @PreAuthorize(SIGNED_IN)
    String record(@PathVariable long id, @PathVariable long goalId, @PathVariable long keyResultId,
                  @RequestParam(required = false) String value, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect) {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal amount = GoalForm.number("value", value, problems);
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            GoalView goal = goals.record(id, goalId, keyResultId, amount, comment);
            redirect.addFlashAttribute("flash", messages.text("goal.flash.recorded", goal.title(), goal.progress()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return "redirect:/pairs/" + id + "/goals#goal-" + goalId;
    }

    private String save(long id, Long goalId, MultiValueMap<String, String> params, Model model,
                        RedirectAttributes redirect) {
        GoalForm.Parsed parsed = GoalForm.parse(params);
        try {
            if (!parsed.problems().isEmpty()) {
                throw new InvalidInputException(parsed.problems());
            }
            GoalView saved = goalId == null ? goals.create(id, parsed.draft())
                    : goals.update(id, goalId, parsed.draft(), parsed.version());
            redirect.addFlashAttribute("flash", messages.text("goal.flash.saved", saved.title()));
            return "redirect:/pairs/" + id + "/goals#goal-" + saved.id();
        } catch (InvalidInputException e) {
            Access access = workspace.open(model, id, "goals");
            requireMember(access);
            List<FieldProblem> problems = new ArrayList<>(e.problems());
            // Values that were not numbers or dates are reported above; add what else is wrong with the goal.
            parsed.draft().normalised().problems(access.side(), goals.objectives(access.pair()).size()).stream()
                    .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
            FormProblems.addTo(model, problems);
            return form(model, access, goalId == null ? null : goals.get(id, goalId), parsed.form());
        } catch (StaleEditException e) {
            Access access = workspace.open(model, id, "goals");
            GoalView current = goals.get(id, goalId);
            model.addAttribute("stale", true);
            GoalForm mine = parsed.form();
            return form(model, access, current, new GoalForm(mine.title(), mine.why(), mine.objective(),
                    mine.growthArea(), mine.targetDate(), mine.rows(), String.valueOf(current.version())));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/pairs/" + id + "/goals";
        }
    }

    private String form(Model model, Access access, GoalView goal, GoalForm form) {
        model.addAttribute("goal", goal);
        model.addAttribute("form", form);
        model.addAttribute("side", access.side());
        model.addAttribute("objectiveLabels", labels.objectives(goals.objectives(access.pair())));
        model.addAttribute("areas", GrowthArea.values());
        return "pairing/goal-form";
    }

    private static void requireMember(Access access) {
        if (!access.member()) {
            throw new AccessDeniedException("A program manager reads a pair's goals; only its two people write them.");
        }
    }

    /** A closed pair's or an archived goal no longer changes: the form leads back to the goals with a message saying so. */
    private String closed(long id, RedirectAttributes redirect, String reason) {
        redirect.addFlashAttribute("flashError", messages.text(reason));
        return "redirect:/pairs/" + id + "/goals";
    }
}
