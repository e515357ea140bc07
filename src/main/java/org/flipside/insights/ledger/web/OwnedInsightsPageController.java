package org.flipside.insights.ledger.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.flipside.insights.ledger.InsightProposals;
import org.flipside.insights.ledger.InsightResponses;
import org.flipside.insights.ledger.Response;
import org.flipside.insights.ledger.ResponseDraft;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
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

/** The owner's inbox page: the insights proposed to them and a response form for each one still open. */
@Controller
class OwnedInsightsPageController {

    private final InsightProposals proposals;
    private final InsightResponses responses;
    private final UserMessages messages;

    OwnedInsightsPageController(InsightProposals proposals, InsightResponses responses, UserMessages messages) {
        this.proposals = proposals;
        this.responses = responses;
        this.messages = messages;
    }

    @GetMapping("/me/insights/owned")
    @PreAuthorize(InsightApiController.SIGNED_IN)
    String page(Model model) {
        model.addAttribute("insights", proposals.owned());
        return "insights/owned";
    }

    @PostMapping("/me/insights/owned/{id}/response")
    @PreAuthorize(InsightApiController.SIGNED_IN)
    String respond(@PathVariable long id, @RequestParam(required = false) String decision,
                   @RequestParam(required = false) Long version, @RequestParam(required = false) String dueOn,
                   @RequestParam(required = false) String expectedOutcome,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) Long actionId,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            responses.respond(id, new ResponseDraft(decision(decision), version, date(dueOn), expectedOutcome,
                    reason, actionId));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            model.addAttribute("answered", id);
            return page(model);
        } catch (StaleEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text("insight.response.stale"));
            return page(model);
        }
        redirect.addFlashAttribute("flash", messages.text("insight.response.saved"));
        return "redirect:/me/insights/owned";
    }

    private static Response decision(String value) {
        return FormFields.choice(Response.class, value, FieldProblem.of("decision", "insight.response.decision.required",
                "Choose ACCEPTED, DECLINED or MERGED."));
    }

    private static LocalDate date(String value) {
        return FormFields.date(value, FieldProblem.of("dueOn", "insight.response.dueOn.future",
                "Choose a due date after today."));
    }
}
