package org.flipside.program.sponsor;

import jakarta.servlet.http.HttpServletResponse;
import org.flipside.program.ProgramSponsors;
import org.flipside.program.Programs;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
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

/** The managers' page for choosing the program's sponsor: a small search by name or email, then a choice. */
@Controller
class SponsorPageController {

    static final int RESULTS = 10;

    private final ProgramSponsors sponsors;
    private final Programs programs;
    private final UserMessages messages;

    SponsorPageController(ProgramSponsors sponsors, Programs programs, UserMessages messages) {
        this.sponsors = sponsors;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/sponsor")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String page(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        if (!programs.managedByCurrentUser(id)) {
            throw new NotFoundException("Program", id);
        }
        model.addAttribute("program", programs.get(id));
        model.addAttribute("sponsor", sponsors.of(id).orElse(null));
        model.addAttribute("q", q);
        model.addAttribute("candidates", sponsors.candidates(q, RESULTS));
        return "program/sponsor";
    }

    @PostMapping("/programs/{id}/sponsor")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String set(@PathVariable long id, @RequestParam(required = false) String sponsor,
               @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        try {
            sponsors.set(id, sponsor, version == null ? -1 : version);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            return page(id, null, model);
        } catch (StaleEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text("program.sponsor.stale"));
            return page(id, null, model);
        }
        redirect.addFlashAttribute("flash", messages.text(sponsor == null || sponsor.isBlank()
                ? "program.sponsor.cleared" : "program.sponsor.saved"));
        return "redirect:/programs/" + id;
    }
}
