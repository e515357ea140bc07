package org.flipside.training.guide.web;

import org.flipside.program.Programs;
import org.flipside.training.GuideView;
import org.flipside.training.guide.GuideService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The guides of a program, and one guide laid out for reading and printing. */
@Controller
class GuidePagesController {

    private final GuideService guides;
    private final Programs programs;

    GuidePagesController(GuideService guides, Programs programs) {
        this.guides = guides;
        this.programs = programs;
    }

    @GetMapping("/programs/{id}/guides")
    @PreAuthorize(GuideApiController.READERS)
    String list(@PathVariable long id, Model model) {
        model.addAttribute("guides", guides.ofProgram(id));
        model.addAttribute("program", programs.get(id));
        model.addAttribute("editable", guides.editableByCurrentUser(id));
        return "training/guides";
    }

    @GetMapping("/programs/{id}/guides/{guideId}")
    @PreAuthorize(GuideApiController.READERS)
    String show(@PathVariable long id, @PathVariable long guideId, Model model) {
        GuideView guide = guides.get(id, guideId);
        model.addAttribute("guide", guide);
        model.addAttribute("sections", GuideSections.of(guide.items()).sections());
        model.addAttribute("program", programs.get(id));
        model.addAttribute("editable", guides.editableByCurrentUser(id));
        return "training/guide";
    }
}
