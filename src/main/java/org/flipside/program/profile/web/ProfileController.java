package org.flipside.program.profile.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.flipside.program.profile.ProfileContent;
import org.flipside.program.profile.ProfileService;
import org.flipside.program.profile.ProfileView;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's profile page: the participant edits their own; the program's managers read it without the
 * do-not-match list. Who may see what is decided by {@link ProfileService}.
 */
@Controller
class ProfileController {

    private static final String READERS = "hasAnyRole('EMPLOYEE','PROGRAM_MANAGER')";

    private final ProfileService profiles;
    private final ProfileChoices choices;
    private final MessageSource messages;

    ProfileController(ProfileService profiles, ProfileChoices choices, MessageSource messages) {
        this.profiles = profiles;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/participants/{id}/profile")
    @PreAuthorize(READERS)
    String show(@PathVariable long id, Model model) {
        ProfileView view = profiles.view(id);
        if (!view.own()) {
            choices.addTo(model, view);
            model.addAttribute("view", view);
            return "profile/view";
        }
        return edit(model, view, ProfileForm.from(view), List.of());
    }

    @PostMapping("/participants/{id}/profile")
    @PreAuthorize(READERS)
    String save(@PathVariable long id, @ModelAttribute("form") ProfileForm form, BindingResult binding, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        ProfileView current = profiles.view(id);
        List<FieldProblem> problems = new ArrayList<>(binding.getFieldErrors().stream()
                .map(error -> FieldProblem.of(error.getField(), "profile.value.invalid",
                        "'" + error.getRejectedValue() + "' is not a valid value here.", String.valueOf(error.getRejectedValue())))
                .toList());
        ProfileContent content = form.toContent(problems);
        if (form.getVersion() == null) {
            return stale(model, id, response);
        }
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            profiles.save(id, content, form.getVersion());
            redirect.addFlashAttribute("flash", messages.getMessage("profile.saved", null, LocaleContextHolder.getLocale()));
            return "redirect:/participants/" + id + "/profile";
        } catch (InvalidInputException e) {
            List<FieldProblem> all = new ArrayList<>(problems);
            e.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return edit(model, current, form.padded(), all);
        } catch (StaleEditException e) {
            return stale(model, id, response);
        }
    }

    @GetMapping("/participants/{id}/profile/people")
    @PreAuthorize(READERS)
    String people(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("people", profiles.findPeople(id, q));
        model.addAttribute("q", q);
        return "profile/people :: results";
    }

    /** The saved version again, with a message: nothing the other save wrote was overwritten. */
    private String stale(Model model, long id, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("flashError", messages.getMessage("profile.stale", null, LocaleContextHolder.getLocale()));
        ProfileView saved = profiles.view(id);
        return edit(model, saved, ProfileForm.from(saved), List.of());
    }

    private String edit(Model model, ProfileView view, ProfileForm form, List<FieldProblem> problems) {
        choices.addTo(model, view);
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("listed", profiles.describe(form.getDoNotMatch()));
        FormProblems.addTo(model, problems);
        return "profile/edit";
    }
}
