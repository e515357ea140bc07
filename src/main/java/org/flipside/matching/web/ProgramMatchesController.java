package org.flipside.matching.web;

import org.flipside.matching.consent.ManagerMatches;
import org.flipside.matching.consent.Publication;
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

/** A program's published and requested matches for its managers: publishing a run, following answers, cancelling. */
@Controller
class ProgramMatchesController {

    static final String MANAGER = "hasRole('PROGRAM_MANAGER')";

    private final Publication publication;
    private final ManagerMatches matches;
    private final UserMessages messages;

    ProgramMatchesController(Publication publication, ManagerMatches matches, UserMessages messages) {
        this.publication = publication;
        this.matches = matches;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/matching/matches")
    @PreAuthorize(MANAGER)
    String list(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("program", matches.managed(id));
        model.addAttribute("matches", matches.list(id, page, null));
        return "matching/program-matches";
    }

    @PostMapping("/programs/{id}/matching/runs/{runId}/publish")
    @PreAuthorize(MANAGER)
    String publish(@PathVariable long id, @PathVariable long runId, RedirectAttributes redirect) {
        try {
            Publication.Published published = publication.publish(id, runId);
            redirect.addFlashAttribute("flash", messages.text("matching.flash.published", published.matches()));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return "redirect:/programs/" + id + "/matching/matches";
    }

    @PostMapping("/programs/{id}/matching/matches/{matchId}/cancel")
    @PreAuthorize(MANAGER)
    String cancel(@PathVariable long id, @PathVariable long matchId, @RequestParam(required = false) String version,
                  RedirectAttributes redirect) {
        try {
            matches.cancel(id, matchId, Forms.version(version));
            redirect.addFlashAttribute("flash", messages.text("matching.flash.cancelled"));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("flashError", messages.text("matching.stale"));
        }
        return "redirect:/programs/" + id + "/matching/matches";
    }
}
