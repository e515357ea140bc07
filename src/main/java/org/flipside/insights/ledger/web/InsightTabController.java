package org.flipside.insights.ledger.web;

import jakarta.servlet.http.HttpServletResponse;
import org.flipside.insights.ledger.InsightDraft;
import org.flipside.insights.ledger.InsightLedger;
import org.flipside.insights.ledger.InsightProposals;
import org.flipside.insights.ledger.InsightView;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
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

/**
 * The insights tab of a pair's workspace: the pair's insights with what became of them, and the forms to record,
 * endorse, propose and change one's credit. The workspace is opened first, so whoever may not see the pair gets 404
 * before anything is read, and a manager's look is audited.
 */
@Controller
class InsightTabController {

    private final InsightTabModel tab;
    private final InsightLedger ledger;
    private final InsightProposals proposals;
    private final UserMessages messages;

    InsightTabController(InsightTabModel tab, InsightLedger ledger, InsightProposals proposals,
                         UserMessages messages) {
        this.tab = tab;
        this.ledger = ledger;
        this.proposals = proposals;
        this.messages = messages;
    }

    @GetMapping("/pairs/{id}/insights")
    @PreAuthorize(InsightApiController.SIGNED_IN)
    String page(@PathVariable long id, @RequestParam(required = false) String ownerSearch,
                @RequestParam(required = false) Long proposing, Model model) {
        tab.fill(model, id, ownerSearch, proposing);
        return "insights/tab";
    }

    @PostMapping("/pairs/{id}/insights")
    @PreAuthorize(InsightApiController.SIGNED_IN)
    String record(@PathVariable long id, InsightForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            ledger.record(id, form.draft());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            model.addAttribute("form", form);
            return page(id, null, null, model);
        }
        redirect.addFlashAttribute("flash", messages.text("insight.flash.recorded"));
        return "redirect:/pairs/" + id + "/insights";
    }

    @PostMapping("/pairs/{id}/insights/{insightId}/endorsement")
    @PreAuthorize(InsightApiController.SIGNED_IN)
    String endorse(@PathVariable long id, @PathVariable long insightId, RedirectAttributes redirect) {
        ofPair(id, insightId);
        try {
            ledger.endorse(insightId);
            redirect.addFlashAttribute("flash", messages.text("insight.flash.endorsed"));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return back(id, insightId);
    }

    @PostMapping("/pairs/{id}/insights/{insightId}/proposal")
    @PreAuthorize(InsightApiController.SIGNED_IN)
    String propose(@PathVariable long id, @PathVariable long insightId,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String owner,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ofPair(id, insightId);
        try {
            if ("sponsor".equals(to)) {
                proposals.proposeToSponsor(insightId);
            } else {
                proposals.propose(insightId, owner);
            }
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            return page(id, null, insightId, model);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return back(id, insightId);
        }
        redirect.addFlashAttribute("flash", messages.text("insight.flash.proposed"));
        return back(id, insightId);
    }

    @PostMapping("/pairs/{id}/insights/{insightId}/credit")
    @PreAuthorize(InsightApiController.SIGNED_IN)
    String credit(@PathVariable long id, @PathVariable long insightId,
                  @RequestParam(required = false) boolean creditByName, @RequestParam(required = false) Long version,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ofPair(id, insightId);
        try {
            ledger.changeCredit(insightId, creditByName, version == null ? -1 : version);
        } catch (StaleEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text("insight.credit.stale"));
            return page(id, null, null, model);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return back(id, insightId);
        }
        redirect.addFlashAttribute("flash", messages.text("insight.flash.credit"));
        return back(id, insightId);
    }

    /** The insight, when it is one of this pair's and the caller may see it; 404 otherwise. */
    private InsightView ofPair(long pairId, long insightId) {
        InsightView insight = ledger.get(insightId);
        if (insight.pairId() != pairId) {
            throw new NotFoundException("Insight", insightId);
        }
        return insight;
    }

    private static String back(long pairId, long insightId) {
        return "redirect:/pairs/" + pairId + "/insights#insight-" + insightId;
    }

    /** The record form as posted; {@code objective} and {@code sessionId} blank mean none. */
    record InsightForm(String title, String observation, String significance, String objective, String topic,
                       String evidenceLink, String credit, String sessionId) {

        InsightDraft draft() {
            return new InsightDraft(title, observation, significance, number(objective), topic,
                    evidenceLink, "name".equals(credit), numberLong(sessionId));
        }

        private static Integer number(String value) {
            Long n = numberLong(value);
            return n == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
        }

        private static Long numberLong(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                return -1L;
            }
        }
    }
}
