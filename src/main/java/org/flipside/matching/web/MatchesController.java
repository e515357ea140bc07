package org.flipside.matching.web;

import org.flipside.matching.consent.Answer;
import org.flipside.matching.consent.MyMatches;
import org.flipside.matching.selfmatch.SelfMatch;
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

/** "My matches": the signed-in employee's proposals and requests, their answers, and where they may choose a mentor. */
@Controller
class MatchesController {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";

    private final MyMatches myMatches;
    private final SelfMatch selfMatch;
    private final UserMessages messages;

    MatchesController(MyMatches myMatches, SelfMatch selfMatch, UserMessages messages) {
        this.myMatches = myMatches;
        this.selfMatch = selfMatch;
        this.messages = messages;
    }

    @GetMapping("/me/matches")
    @PreAuthorize(SIGNED_IN)
    String list(Model model) {
        model.addAttribute("matches", myMatches.mine());
        model.addAttribute("choosing", selfMatch.choosing());
        return "matching/my-matches";
    }

    @PostMapping("/me/matches/{id}/answer")
    @PreAuthorize(SIGNED_IN)
    String answer(@PathVariable long id, @RequestParam(required = false) String answer,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) String version,
                  RedirectAttributes redirect) {
        try {
            Answer chosen = Forms.answer(answer);
            myMatches.answer(id, chosen, reason, Forms.version(version));
            redirect.addFlashAttribute("flash", messages.text(chosen == Answer.ACCEPT
                    ? "matching.flash.accepted" : "matching.flash.declined"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("flashError", messages.text("matching.stale"));
        }
        return "redirect:/me/matches#match-" + id;
    }

    @PostMapping("/me/matches/{id}/withdraw")
    @PreAuthorize(SIGNED_IN)
    String withdraw(@PathVariable long id, @RequestParam(required = false) String version,
                    RedirectAttributes redirect) {
        try {
            myMatches.withdraw(id, Forms.version(version));
            redirect.addFlashAttribute("flash", messages.text("matching.flash.withdrawn"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("flashError", messages.text("matching.stale"));
        }
        return "redirect:/me/matches#match-" + id;
    }
}