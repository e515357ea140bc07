package org.flipside.training.web;

import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.UserMessages;
import org.flipside.training.module.MarkdownText;
import org.flipside.training.progress.AttemptResult;
import org.flipside.training.progress.ModuleAttempts;
import org.flipside.training.progress.ModuleStatus;
import org.flipside.training.progress.MyTraining;
import org.flipside.training.progress.ProgramTraining;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in participant's role training: their modules per program, reading one and answering its questions. */
@Controller
class TrainingController {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";

    private final MyTraining mine;
    private final ModuleAttempts attempts;
    private final MarkdownText markdown;
    private final UserMessages messages;

    TrainingController(MyTraining mine, ModuleAttempts attempts, MarkdownText markdown, UserMessages messages) {
        this.mine = mine;
        this.attempts = attempts;
        this.markdown = markdown;
        this.messages = messages;
    }

    @GetMapping("/me/training")
    @PreAuthorize(SIGNED_IN)
    String overview(Model model) {
        model.addAttribute("trainings", mine.overview());
        return "training/mine";
    }

    @GetMapping("/me/training/{participantId}/modules/{code}")
    @PreAuthorize(SIGNED_IN)
    String module(@PathVariable long participantId, @PathVariable String code, Model model,
                  RedirectAttributes redirect) {
        try {
            return page(participantId, mine.module(participantId, code), null, model);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/me/training";
        }
    }

    @PostMapping("/me/training/{participantId}/modules/{code}")
    @PreAuthorize(SIGNED_IN)
    String answer(@PathVariable long participantId, @PathVariable String code,
                  @RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            AttemptResult result = attempts.submit(participantId, code, Answers.fromForm(form));
            if (result.trainingCompleted()) {
                model.addAttribute("flash", messages.text("training.completed"));
            } else if (result.passed()) {
                model.addAttribute("flash", messages.text("training.module.passed"));
            }
            return page(participantId, mine.module(participantId, code), result, model);
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
            model.addAttribute("chosen", form.toSingleValueMap());
            return page(participantId, mine.module(participantId, code), null, model);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/me/training";
        }
    }

    private String page(long participantId, ModuleStatus status, AttemptResult result, Model model) {
        ProgramTraining training = mine.of(participantId);
        model.addAttribute("training", training);
        model.addAttribute("status", status);
        model.addAttribute("html", markdown.html(status.module()));
        model.addAttribute("result", result);
        int index = training.modules().stream().map(m -> m.module().code()).toList().indexOf(status.module().code());
        model.addAttribute("next", index + 1 < training.modules().size() ? training.modules().get(index + 1) : null);
        return "training/module";
    }
}
