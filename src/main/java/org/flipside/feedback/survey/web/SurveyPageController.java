package org.flipside.feedback.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.flipside.feedback.survey.SurveyAnswering;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's open surveys and the form of one of them. */
@Controller
class SurveyPageController {

    private final SurveyAnswering answering;
    private final UserMessages messages;

    SurveyPageController(SurveyAnswering answering, UserMessages messages) {
        this.answering = answering;
        this.messages = messages;
    }

    @GetMapping("/me/surveys")
    @PreAuthorize(SurveyApiController.SIGNED_IN)
    String mine(Model model) {
        model.addAttribute("surveys", answering.mine());
        return "feedback/surveys-mine";
    }

    @GetMapping("/surveys/{invitationId}")
    @PreAuthorize(SurveyApiController.SIGNED_IN)
    String form(@PathVariable long invitationId, Model model) {
        return show(invitationId, model, Map.of());
    }

    @PostMapping("/surveys/{invitationId}")
    @PreAuthorize(SurveyApiController.SIGNED_IN)
    String respond(@PathVariable long invitationId, HttpServletRequest request, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        Map<Long, List<String>> given = SurveyForms.answers(request.getParameterMap());
        try {
            answering.respond(invitationId, given);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            return show(invitationId, model, given);
        } catch (RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text(e.code()));
            return show(invitationId, model, Map.of());
        }
        redirect.addFlashAttribute("flash", messages.text("survey.flash.answered"));
        return "redirect:/me/surveys";
    }

    private String show(long invitationId, Model model, Map<Long, List<String>> given) {
        model.addAttribute("survey", answering.form(invitationId));
        model.addAttribute("given", given);
        return "feedback/survey-form";
    }
}
