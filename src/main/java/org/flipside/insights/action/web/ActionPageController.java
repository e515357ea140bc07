package org.flipside.insights.action.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.flipside.insights.action.ActionStatus;
import org.flipside.insights.action.DueDateMove;
import org.flipside.insights.action.InsightActions;
import org.flipside.insights.action.StatusUpdate;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.FormFields;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The action page: its state and history for every reader, the update and due-date forms for its owner. */
@Controller
class ActionPageController {

    private final InsightActions actions;
    private final UserMessages messages;

    ActionPageController(InsightActions actions, UserMessages messages) {
        this.actions = actions;
        this.messages = messages;
    }

    @GetMapping("/insights/actions/{id}")
    @PreAuthorize(ActionApiController.SIGNED_IN)
    String page(@PathVariable long id, Model model) {
        model.addAttribute("action", actions.get(id));
        model.addAttribute("statuses", ActionStatus.values());
        return "insights/action";
    }

    @PostMapping("/insights/actions/{id}/updates")
    @PreAuthorize(ActionApiController.SIGNED_IN)
    String update(@PathVariable long id, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        model.addAttribute("note", note);
        model.addAttribute("outcome", outcome);
        try {
            actions.update(id, new StatusUpdate(status(status), note, outcome, version));
        } catch (InvalidInputException e) {
            return refused(id, model, response, e);
        } catch (StaleEditException e) {
            return stale(id, model, response);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/insights/actions/" + id;
        }
        redirect.addFlashAttribute("flash", messages.text("insight.action.saved"));
        return "redirect:/insights/actions/" + id;
    }

    @PostMapping("/insights/actions/{id}/due-date")
    @PreAuthorize(ActionApiController.SIGNED_IN)
    String moveDue(@PathVariable long id, @RequestParam(required = false) String dueOn,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("reason", reason);
        try {
            actions.moveDue(id, new DueDateMove(date(dueOn), reason, version));
        } catch (InvalidInputException e) {
            return refused(id, model, response, e);
        } catch (StaleEditException e) {
            return stale(id, model, response);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/insights/actions/" + id;
        }
        redirect.addFlashAttribute("flash", messages.text("insight.action.moved"));
        return "redirect:/insights/actions/" + id;
    }

    private String refused(long id, Model model, HttpServletResponse response, InvalidInputException e) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        FormProblems.addTo(model, e.problems());
        return page(id, model);
    }

    private String stale(long id, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("flashError", messages.text("insight.action.stale"));
        return page(id, model);
    }

    private static ActionStatus status(String value) {
        return FormFields.choice(ActionStatus.class, value, FieldProblem.of("status", "insight.action.status.required",
                "Choose OPEN, IN_PROGRESS or DONE."));
    }

    private static LocalDate date(String value) {
        return FormFields.date(value, FieldProblem.of("dueOn", "insight.action.dueOn.future",
                "Choose a due date after today."));
    }
}
