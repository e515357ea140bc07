package org.flipside.matching.web;

import org.flipside.matching.selfmatch.SelfMatch;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Self-match pages: a mentee's ranked mentors and the request for one. */
@Controller
class SelfMatchController {

    private final SelfMatch selfMatch;
    private final UserMessages messages;

    SelfMatchController(SelfMatch selfMatch, UserMessages messages) {
        this.selfMatch = selfMatch;
        this.messages = messages;
    }

    @GetMapping("/me/matches/suggestions")
    @PreAuthorize(MatchesController.SIGNED_IN)
    String suggestions(@RequestParam long participant, Model model) {
        model.addAttribute("suggestions", selfMatch.suggestions(participant));
        return "matching/suggestions";
    }

    @PostMapping("/me/matches/requests")
    @PreAuthorize(MatchesController.SIGNED_IN)
    String request(@RequestParam long participant, @RequestParam long mentor, RedirectAttributes redirect) {
        try {
            selfMatch.request(participant, mentor);
            redirect.addFlashAttribute("flash", messages.text("matching.flash.requested"));
            return "redirect:/me/matches";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/me/matches/suggestions?participant=" + participant;
        }
    }
}
