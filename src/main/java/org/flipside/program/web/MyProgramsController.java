package org.flipside.program.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.program.Application;
import org.flipside.program.CurrentEmployee;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantView;
import org.flipside.program.Question;
import org.flipside.program.Side;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.FormProblems;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in employee's programs: invitations to answer, applications, withdrawal and self-enrolment. */
@Controller
class MyProgramsController {

    private static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";

    private final Enrollment enrollment;
    private final CurrentEmployee currentEmployee;
    private final EnrollmentMessages messages;

    MyProgramsController(Enrollment enrollment, CurrentEmployee currentEmployee, EnrollmentMessages messages) {
        this.enrollment = enrollment;
        this.currentEmployee = currentEmployee;
        this.messages = messages;
    }

    @GetMapping("/me/programs")
    @PreAuthorize(SIGNED_IN)
    String list(Model model) {
        model.addAttribute("inDirectory", currentEmployee.get().isPresent());
        model.addAttribute("participations", enrollment.mine());
        model.addAttribute("offers", enrollment.offers());
        return "enrollment/mine";
    }

    @GetMapping("/me/programs/{id}")
    @PreAuthorize(SIGNED_IN)
    String show(@PathVariable long id, Model model) {
        var mine = enrollment.myParticipation(id);
        model.addAttribute("mine", mine);
        model.addAttribute("answers", mine.answers());
        model.addAttribute("consentVersion", enrollment.consentVersion());
        return "enrollment/participation";
    }

    @PostMapping("/me/programs/{id}/application")
    @PreAuthorize(SIGNED_IN)
    String apply(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                 RedirectAttributes redirect) {
        Application application = application(form);
        try {
            enrollment.apply(id, application, version(form.getFirst("version")));
            redirect.addFlashAttribute("flash", messages.text("me.flash.applied"));
            return "redirect:/me/programs/" + id;
        } catch (InvalidInputException e) {
            var mine = enrollment.myParticipation(id);
            model.addAttribute("mine", mine);
            model.addAttribute("answers", application.answers());
            model.addAttribute("consentVersion", enrollment.consentVersion());
            FormProblems.addTo(model, e.problems());
            return "enrollment/participation";
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("flashError", messages.refusal(e));
            return "redirect:/me/programs/" + id;
        }
    }

    @PostMapping("/me/programs/{id}/decline")
    @PreAuthorize(SIGNED_IN)
    String decline(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "me.flash.declined", () -> enrollment.declineInvitation(id, version));
    }

    @PostMapping("/me/programs/{id}/withdraw")
    @PreAuthorize(SIGNED_IN)
    String withdraw(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "me.flash.withdrawn", () -> enrollment.withdraw(id, version));
    }

    /** Runs one of the participant's own actions and reports its outcome on their participation page. */
    private String act(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.text(successKey));
        } catch (RuleViolationException | StaleEditException e) {
            redirect.addFlashAttribute("flashError", messages.refusal(e));
        }
        return "redirect:/me/programs/" + id;
    }

    @GetMapping("/programs/{id}/enroll")
    @PreAuthorize(SIGNED_IN)
    String enrollForm(@PathVariable long id, Model model) {
        return enrollPage(id, model, Map.of(), null);
    }

    @PostMapping("/programs/{id}/enroll")
    @PreAuthorize(SIGNED_IN)
    String enroll(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                  RedirectAttributes redirect) {
        Application application = application(form);
        Side side = parseSide(form.getFirst("side"));
        try {
            ParticipantView applied = enrollment.enrollSelf(id, side, application);
            redirect.addFlashAttribute("flash", messages.text("me.flash.applied"));
            return "redirect:/me/programs/" + applied.id();
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
            return enrollPage(id, model, application.answers(), side);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.refusal(e));
            return "redirect:/me/programs";
        }
    }

    private String enrollPage(long id, Model model, Map<Long, List<String>> answers, Side side) {
        List<Question> questions = enrollment.formFor(id);
        model.addAttribute("offer", enrollment.offers().stream().filter(o -> o.programId() == id).findFirst()
                .orElseThrow(() -> new org.flipside.shared.NotFoundException("Program", id)));
        model.addAttribute("questions", questions);
        model.addAttribute("answers", answers);
        model.addAttribute("side", side);
        model.addAttribute("sides", Side.values());
        model.addAttribute("consentVersion", enrollment.consentVersion());
        return "enrollment/enroll";
    }

    /** A missing or garbled version can only be stale: it never matches a stored one. */
    private static long version(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Side parseSide(String value) {
        try {
            return value == null || value.isBlank() ? null : Side.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Form fields {@code answer<questionId>} (repeated for several choices) and a {@code consent} check box. */
    private static Application application(MultiValueMap<String, String> form) {
        Map<Long, List<String>> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.matches("answer\\d{1,18}")) {
                answers.put(Long.parseLong(name.substring("answer".length())), values);
            }
        });
        return new Application(answers, "true".equals(form.getFirst("consent")));
    }
}
