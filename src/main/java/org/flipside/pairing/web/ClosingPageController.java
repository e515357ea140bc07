package org.flipside.pairing.web;

import org.flipside.pairing.closing.PairClosings;
import org.flipside.pairing.workspace.WorkspacePage;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The closing page of a pair's workspace: the proposal and the reasons given, and the forms to propose, answer,
 * withdraw or (for a manager) close directly. A refused form comes back with what was typed, so nothing is lost.
 */
@Controller
class ClosingPageController {

    private final WorkspacePage workspace;
    private final PairClosings closings;
    private final UserMessages messages;

    ClosingPageController(WorkspacePage workspace, PairClosings closings, UserMessages messages) {
        this.workspace = workspace;
        this.closings = closings;
        this.messages = messages;
    }

    @GetMapping("/pairs/{id}/close")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    String page(@PathVariable long id, Model model) {
        workspace.open(model, id, "overview");
        return "pairing/close";
    }

    @PostMapping("/pairs/{id}/close")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    String propose(@PathVariable long id, @RequestParam(required = false) String outcome,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String version,
                   RedirectAttributes redirect) {
        return act(id, reason, redirect, "pair.closing.flash.proposed",
                () -> closings.propose(id, outcome, reason, version(version)));
    }

    @PostMapping("/pairs/{id}/close/agreement")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    String agree(@PathVariable long id, @RequestParam(required = false) String outcome,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) String version,
                 RedirectAttributes redirect) {
        return act(id, reason, redirect, "pair.closing.flash.answered",
                () -> closings.agree(id, outcome, reason, version(version)));
    }

    @PostMapping("/pairs/{id}/close/withdrawal")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    String withdraw(@PathVariable long id, @RequestParam(required = false) String version,
                    RedirectAttributes redirect) {
        return act(id, null, redirect, "pair.closing.flash.withdrawn",
                () -> closings.withdraw(id, version(version)));
    }

    @PostMapping("/pairs/{id}/close/by-manager")
    @PreAuthorize(ProgramPairsController.MANAGER)
    String closeByManager(@PathVariable long id, @RequestParam(required = false) String outcome,
                          @RequestParam(required = false) String reason,
                          @RequestParam(required = false) String version, RedirectAttributes redirect) {
        return act(id, reason, redirect, "pair.closing.flash.closed",
                () -> closings.closeByManager(id, outcome, reason, version(version)));
    }

    private String act(long id, String reason, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", messages.text(done));
        } catch (InvalidInputException e) {
            refused(redirect, messages.of(e), reason);
        } catch (RuleViolationException e) {
            refused(redirect, messages.of(e), reason);
        } catch (StaleEditException e) {
            refused(redirect, messages.text("pair.closing.stale"), reason);
        }
        return "redirect:/pairs/" + id + "/close";
    }

    private static void refused(RedirectAttributes redirect, String message, String reason) {
        redirect.addFlashAttribute("flashError", message);
        redirect.addFlashAttribute("typedReason", reason);
    }

    private static long version(String value) {
        try {
            return ClosingApiController.version(value == null || value.isBlank() ? null : Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FieldProblem.of("version", "pair.closing.version.required",
                    "Send the version of the pair you read."));
        }
    }
}
