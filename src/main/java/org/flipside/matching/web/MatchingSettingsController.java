package org.flipside.matching.web;

import java.util.Comparator;
import java.util.List;
import org.flipside.matching.optimiser.Priority;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.matching.settings.ManagedPrograms;
import org.flipside.matching.settings.Roster;
import org.flipside.matching.settings.StylePreference;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantView;
import org.flipside.program.Side;
import org.flipside.program.WorkStyleDimension;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings page of a program's matching: weights, must-haves, hard rules, question links, mentors' capacities. */
@Controller
class MatchingSettingsController {

    private final MatchingSettingsService settings;
    private final ManagedPrograms managed;
    private final Enrollment enrollment;
    private final Roster roster;
    private final UserMessages messages;

    MatchingSettingsController(MatchingSettingsService settings, ManagedPrograms managed, Enrollment enrollment,
                               Roster roster, UserMessages messages) {
        this.settings = settings;
        this.managed = managed;
        this.enrollment = enrollment;
        this.roster = roster;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/matching/settings")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String show(@PathVariable long id, Model model) {
        return page(id, settings.get(id), model);
    }

    @PostMapping("/programs/{id}/matching/settings")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                RedirectAttributes redirect) {
        SettingsForm.Parsed parsed = SettingsForm.parse(form);
        if (!parsed.problems().isEmpty()) {
            FormProblems.addTo(model, parsed.problems());
            return page(id, parsed.settings(), model);
        }
        try {
            settings.update(id, parsed.settings(), parsed.settings().version());
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
            return page(id, parsed.settings(), model);
        } catch (StaleEditException e) {
            model.addAttribute("stale", true);
            return page(id, settings.get(id), model);
        }
        redirect.addFlashAttribute("flash", messages.text("matching.settings.saved"));
        return "redirect:/programs/" + id + "/matching/settings";
    }

    @PostMapping("/programs/{id}/matching/capacities/{participantId}")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String capacity(@PathVariable long id, @PathVariable long participantId,
                    @RequestParam(required = false) String capacity, RedirectAttributes redirect) {
        try {
            Integer value = capacity == null || capacity.isBlank() ? null : Integer.valueOf(capacity.trim());
            settings.setCapacity(id, participantId, value);
            redirect.addFlashAttribute("flash", messages.text("matching.capacity.saved"));
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("flashError", messages.text("matching.capacity.range"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("flashError", messages.text("matching.capacity.notMentor"));
        }
        return "redirect:/programs/" + id + "/matching/settings#capacities";
    }

    private String page(long id, MatchingSettings shown, Model model) {
        model.addAttribute("program", managed.require(id));
        model.addAttribute("settings", shown);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("dimensions", WorkStyleDimension.values());
        model.addAttribute("styles", StylePreference.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("questions", enrollment.questions(id).stream().filter(q -> !q.retired()).toList());
        List<ParticipantView> mentors = roster.approved(id).values().stream().filter(p -> p.side() == Side.MENTOR)
                .sorted(Comparator.comparing(ParticipantView::fullName, Comparator.nullsLast(String::compareTo)))
                .toList();
        model.addAttribute("mentors", mentors);
        model.addAttribute("capacities", settings.capacities(id));
        return "matching/settings";
    }
}
