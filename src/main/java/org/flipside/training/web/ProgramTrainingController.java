package org.flipside.training.web;

import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.UserMessages;
import org.flipside.training.report.CompletionReport;
import org.flipside.training.setting.TrainingPrograms;
import org.flipside.training.setting.TrainingSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A program's training page for its managers: completion per side and module, who is not done, and the requirement. */
@Controller
class ProgramTrainingController {

    private final TrainingPrograms managed;
    private final CompletionReport report;
    private final TrainingSettings settings;
    private final UserMessages messages;

    ProgramTrainingController(TrainingPrograms managed, CompletionReport report, TrainingSettings settings,
                              UserMessages messages) {
        this.managed = managed;
        this.report = report;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/training")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String show(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("program", managed.requireManaged(id));
        model.addAttribute("figures", report.figures(id));
        model.addAttribute("notDone", report.notDone(id, page, null));
        model.addAttribute("setting", settings.get(id));
        return "training/program";
    }

    @PostMapping("/programs/{id}/training/settings")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String save(@PathVariable long id, @RequestParam(required = false) String required,
                @RequestParam(required = false) String version, RedirectAttributes redirect) {
        try {
            settings.change(id, "true".equals(required), Versions.of(version));
            redirect.addFlashAttribute("flash", messages.text("training.setting.saved"));
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("flashError", messages.text("training.setting.stale"));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return "redirect:/programs/" + id + "/training";
    }
}
