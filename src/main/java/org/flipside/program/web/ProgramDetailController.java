package org.flipside.program.web;

import org.flipside.program.ProgramSponsors;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A program's page with its history, and the actions taken from it: lifecycle moves and copying. */
@Controller
class ProgramDetailController {

    private final Programs programs;
    private final ProgramMessages messages;
    private final ProgramSponsors sponsors;

    ProgramDetailController(Programs programs, ProgramMessages messages, ProgramSponsors sponsors) {
        this.programs = programs;
        this.messages = messages;
        this.sponsors = sponsors;
    }

    @GetMapping("/programs/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("program", programs.get(id));
        model.addAttribute("managesProgram", programs.managedByCurrentUser(id));
        model.addAttribute("sponsor", sponsors.of(id).orElse(null));
        return "program/detail";
    }

    @PostMapping("/programs/{id}/transitions")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String transition(@PathVariable long id, @RequestParam ProgramState target, @RequestParam long version,
                      RedirectAttributes redirect) {
        try {
            ProgramView moved = programs.transition(id, target, version);
            redirect.addFlashAttribute("flash", messages.text("program.flash.transitioned", moved.name(),
                    messages.state(moved.state())));
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("flashError", messages.text("stale.edit", messages.text("program.stale.kind")));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.refusal(e));
        }
        return "redirect:/programs/" + id;
    }

    @PostMapping("/programs/{id}/copy")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String copy(@PathVariable long id, RedirectAttributes redirect) {
        ProgramView copy = programs.copy(id);
        redirect.addFlashAttribute("flash", messages.text("program.flash.copied", copy.name()));
        return "redirect:/programs/" + copy.id();
    }
}
