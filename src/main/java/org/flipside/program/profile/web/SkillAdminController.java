package org.flipside.program.profile.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.flipside.program.profile.NewSkill;
import org.flipside.program.profile.Skill;
import org.flipside.program.profile.SkillCatalogue;
import org.flipside.program.profile.SkillCategory;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.web.FormProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The skill taxonomy for administrators: every skill, adding custom ones, retiring. */
@Controller
class SkillAdminController {

    private final SkillCatalogue catalogue;
    private final SkillNames names;
    private final MessageSource messages;

    SkillAdminController(SkillCatalogue catalogue, SkillNames names, MessageSource messages) {
        this.catalogue = catalogue;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/admin/skills")
    @PreAuthorize("hasRole('ADMIN')")
    String list(Model model) {
        return page(model, new NewSkill(null, null, null), List.of());
    }

    @PostMapping("/admin/skills")
    @PreAuthorize("hasRole('ADMIN')")
    String add(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
               @RequestParam(required = false) String category, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        SkillCategory chosen = category(category);
        try {
            Skill added = catalogue.add(new NewSkill(code, name, chosen));
            redirect.addFlashAttribute("flash", text("skills.added", added.code()));
            return "redirect:/admin/skills";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, new NewSkill(code, name, chosen), e.problems());
        }
    }

    @PostMapping("/admin/skills/{code}/retire")
    @PreAuthorize("hasRole('ADMIN')")
    String retire(@PathVariable String code, RedirectAttributes redirect) {
        try {
            catalogue.retire(code);
            redirect.addFlashAttribute("flash", text("skills.retired", code));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", text(e.code(), code));
        }
        return "redirect:/admin/skills";
    }

    private String page(Model model, NewSkill form, List<FieldProblem> problems) {
        model.addAttribute("skills", catalogue.all());
        model.addAttribute("skillNames", names.all());
        model.addAttribute("categories", SkillCategory.values());
        model.addAttribute("form", form);
        FormProblems.addTo(model, problems);
        return "profile/skills";
    }

    private static SkillCategory category(String value) {
        try {
            return value == null || value.isBlank() ? null : SkillCategory.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
