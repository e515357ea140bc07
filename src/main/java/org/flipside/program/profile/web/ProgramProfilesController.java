package org.flipside.program.profile.web;

import org.flipside.program.Programs;
import org.flipside.program.profile.ProfileService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** For a program's managers: who has finished their profile and who has not. */
@Controller
class ProgramProfilesController {

    private final ProfileService profiles;
    private final Programs programs;

    ProgramProfilesController(ProfileService profiles, Programs programs) {
        this.profiles = profiles;
        this.programs = programs;
    }

    @GetMapping("/programs/{id}/profiles")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String list(@PathVariable long id, @RequestParam(defaultValue = "false") boolean incomplete, Model model) {
        model.addAttribute("profiles", profiles.ofProgram(id, incomplete));
        model.addAttribute("program", programs.get(id));
        model.addAttribute("incomplete", incomplete);
        return "profile/program";
    }
}
