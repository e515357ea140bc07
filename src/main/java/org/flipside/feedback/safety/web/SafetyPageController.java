package org.flipside.feedback.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.flipside.feedback.safety.PulseStatements;
import org.flipside.feedback.safety.SafetyFlags;
import org.flipside.feedback.safety.SafetyResults;
import org.flipside.feedback.safety.SafetySettingsService;
import org.flipside.program.Programs;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.privacy.SmallGroups;
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

/** The program managers' safety page: results per round and as a trend, the flags, and the settings. */
@Controller
class SafetyPageController {

    private final SafetyResults results;
    private final SafetyFlags flags;
    private final SafetySettingsService settings;
    private final Programs programs;
    private final UserMessages messages;

    SafetyPageController(SafetyResults results, SafetyFlags flags, SafetySettingsService settings, Programs programs,
                         UserMessages messages) {
        this.results = results;
        this.flags = flags;
        this.settings = settings;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/safety-pulse")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    String page(@PathVariable long id, Model model) {
        return show(id, model, null, null, null);
    }

    @PostMapping("/programs/{id}/safety-pulse/settings")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    String settings(@PathVariable long id, @RequestParam(required = false) String periodWeeks,
                    @RequestParam(required = false) String threshold, @RequestParam(required = false) String version,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, response, redirect, null, "feedback.safety.flash.settings",
                () -> settings.update(id, SafetyForms.settings(periodWeeks, threshold, version)),
                new String[]{periodWeeks, threshold});
    }

    @PostMapping("/programs/{id}/safety-pulse/flags/{flagId}/follow-up")
    @PreAuthorize(SafetyForms.SIGNED_IN)
    String followUp(@PathVariable long id, @PathVariable long flagId, @RequestParam(required = false) String note,
                    @RequestParam(required = false) String version, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        return act(id, model, response, redirect, flagId, "feedback.safety.flash.followedUp",
                () -> flags.followUp(id, flagId, note, SafetyForms.version(version)), new String[]{note});
    }

    private String act(long id, Model model, HttpServletResponse response, RedirectAttributes redirect, Long flagId,
                       String done, Supplier<?> action, String[] draft) {
        try {
            action.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            return show(id, model, flagId, draft, null);
        } catch (StaleEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return show(id, model, null, null, messages.text("feedback.safety.stale"));
        }
        redirect.addFlashAttribute("flash", messages.text(done));
        return "redirect:/programs/" + id + "/safety-pulse";
    }

    private String show(long id, Model model, Long failedFlag, String[] draft, String error) {
        model.addAttribute("rounds", results.rounds(id));
        model.addAttribute("flags", flags.list(id));
        model.addAttribute("settings", settings.get(id));
        model.addAttribute("program", programs.get(id));
        model.addAttribute("statements", java.util.stream.IntStream.rangeClosed(1, PulseStatements.COUNT).boxed()
                .toList());
        model.addAttribute("minimum", SmallGroups.MINIMUM);
        model.addAttribute("failedFlag", failedFlag);
        model.addAttribute("draft", draft);
        if (error != null) {
            model.addAttribute("flashError", error);
        }
        return "feedback/safety-results";
    }
}
