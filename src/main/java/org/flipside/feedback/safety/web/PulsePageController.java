package org.flipside.feedback.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.flipside.feedback.safety.PulseAnswer;
import org.flipside.feedback.safety.PulseStatements;
import org.flipside.feedback.safety.SafetyPulse;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.privacy.SmallGroups;
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

/** The junior mentor's page: the pulse of each pair they mentor, while its round runs. */
@Controller
class PulsePageController {

    private final SafetyPulse pulse;
    private final UserMessages messages;

    PulsePageController(SafetyPulse pulse, UserMessages messages) {
        this.pulse = pulse;
        this.messages = messages;
    }

    @GetMapping("/me/safety-pulse")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    String mine(Model model) {
        return show(model, null, null);
    }

    @PostMapping("/me/safety-pulse/{invitationId}")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    String answer(@PathVariable long invitationId, @RequestParam(required = false) String statement1,
                  @RequestParam(required = false) String statement2, @RequestParam(required = false) String statement3,
                  @RequestParam(required = false) String statement4, @RequestParam(required = false) String statement5,
                  @RequestParam(required = false) String contact, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        PulseAnswer draft = SafetyForms.answer(java.util.Arrays.asList(statement1, statement2, statement3, statement4,
                statement5), contact);
        try {
            pulse.answer(invitationId, draft);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            return show(model, invitationId, draft);
        } catch (RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.of(e));
            return show(model, null, null);
        }
        redirect.addFlashAttribute("flash", messages.text("feedback.safety.flash.answered"));
        return "redirect:/me/safety-pulse";
    }

    private String show(Model model, Long failed, PulseAnswer draft) {
        model.addAttribute("invitations", pulse.mine());
        model.addAttribute("statements", java.util.stream.IntStream.rangeClosed(1, PulseStatements.COUNT).boxed()
                .toList());
        model.addAttribute("scale", java.util.stream.IntStream.rangeClosed(PulseStatements.LOWEST,
                PulseStatements.HIGHEST).boxed().toList());
        model.addAttribute("minimum", SmallGroups.MINIMUM);
        model.addAttribute("failed", failed);
        model.addAttribute("draft", draft == null ? new PulseAnswer(List.of(), null) : draft);
        return "feedback/safety-mine";
    }
}
