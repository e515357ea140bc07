package org.flipside.program.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.flipside.program.Cadence;
import org.flipside.program.Objective;
import org.flipside.program.ProgramTemplate;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.definition.ProgramRules;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
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
 * Starting a program (from a template or from scratch) and editing it. A refused save shows the form again with
 * every problem; a save that lost a race with another editor shows the current values and what the user typed.
 */
@Controller
class ProgramFormController {

    private static final String FORM = "program/form";

    private final Programs programs;
    private final ProgramMessages messages;

    ProgramFormController(Programs programs, ProgramMessages messages) {
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/programs/new")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String choose(Model model) {
        model.addAttribute("templates", programs.templates());
        return "program/new";
    }

    @GetMapping("/programs/new/form")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String newForm(@RequestParam(required = false) String template, Model model) {
        ProgramTemplate chosen = template == null ? null
                : programs.templates().stream().filter(candidate -> candidate.code().equals(template)).findFirst().orElse(null);
        ProgramForm form = chosen == null ? ProgramForm.blank() : ProgramForm.from(chosen.toDraft());
        return showForm(model, form, null, List.of());
    }

    @PostMapping("/programs")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String create(@ModelAttribute("form") ProgramForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldProblem> bindingProblems = FormProblems.ofBinding(binding);
        if (!bindingProblems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(model, form, null, withRuleProblems(bindingProblems, form));
        }
        try {
            ProgramView created = programs.create(form.toDraft());
            redirect.addFlashAttribute("flash", messages.text("program.flash.created", created.name()));
            return "redirect:/programs/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(model, form, null, e.problems());
        }
    }

    @GetMapping("/programs/{id}/edit")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        ProgramView program = programs.get(id);
        if (!program.editable()) {
            redirect.addFlashAttribute("flashError", messages.text("program.closed", program.name()));
            return "redirect:/programs/" + id;
        }
        return showForm(model, ProgramForm.from(program), program, List.of());
    }

    @PostMapping("/programs/{id}")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String update(@PathVariable long id, @ModelAttribute("form") ProgramForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        ProgramView current = programs.get(id);
        List<FieldProblem> bindingProblems = FormProblems.ofBinding(binding);
        if (form.getVersion() == null) {
            // Without the version it started from, a save could overwrite someone else's; treat it as stale.
            return showStale(model, form, current, response);
        }
        if (!bindingProblems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(model, form, current, withRuleProblems(bindingProblems, form));
        }
        try {
            ProgramView saved = programs.update(id, form.toDraft(), form.getVersion());
            redirect.addFlashAttribute("flash", messages.text("program.flash.updated", saved.name()));
            return "redirect:/programs/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(model, form, current, e.problems());
        } catch (StaleEditException e) {
            return showStale(model, form, programs.get(id), response);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.refusal(e));
            return "redirect:/programs/" + id;
        }
    }

    /** The form again with the values saved now, and the user's own attempt beside it so nothing typed is lost. */
    private String showStale(Model model, ProgramForm submitted, ProgramView current, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("stale", true);
        model.addAttribute("submitted", submitted);
        return showForm(model, ProgramForm.from(current), current, List.of());
    }

    private String showForm(Model model, ProgramForm form, ProgramView program, List<FieldProblem> problems) {
        model.addAttribute("form", form);
        model.addAttribute("program", program);
        model.addAttribute("problems", problems);
        model.addAttribute("problemFields", problems.stream().map(FieldProblem::field).collect(Collectors.toSet()));
        model.addAttribute("catalogue", Objective.values());
        model.addAttribute("cadences", Cadence.values());
        model.addAttribute("template", form.getTemplateCode() == null || program != null ? null
                : programs.templates().stream().filter(t -> t.code().equals(form.getTemplateCode())).findFirst().orElse(null));
        return FORM;
    }

    private static List<FieldProblem> withRuleProblems(List<FieldProblem> bindingProblems, ProgramForm form) {
        return FormProblems.merge(bindingProblems, ProgramRules.check(ProgramRules.normalise(form.toDraft()), false));
    }
}
