package org.flipside.training.guide.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.UserMessages;
import org.flipside.training.GuideItem;
import org.flipside.training.GuideItemKind;
import org.flipside.training.GuideView;
import org.flipside.training.guide.GuideEdit;
import org.flipside.training.guide.GuideRules;
import org.flipside.training.guide.GuideService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The edit page of a guide, for the program's managers: text, items, order, and going back to the library's text. */
@Controller
class GuideEditController {

    private final GuideService guides;
    private final Programs programs;
    private final UserMessages messages;

    GuideEditController(GuideService guides, Programs programs, UserMessages messages) {
        this.guides = guides;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/guides/{guideId}/edit")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String edit(@PathVariable long id, @PathVariable long guideId, Model model, RedirectAttributes redirect) {
        GuideView guide = guides.forEditing(id, guideId);
        ProgramView program = programs.get(id);
        if (!program.editable()) {
            redirect.addFlashAttribute("flashError", messages.text("guide.programClosed"));
            return "redirect:/programs/" + id + "/guides/" + guideId;
        }
        return page(program, guide, asEdit(guide), guide.version(), model);
    }

    @PostMapping("/programs/{id}/guides/{guideId}")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String save(@PathVariable long id, @PathVariable long guideId, @RequestParam MultiValueMap<String, String> form,
                Model model, RedirectAttributes redirect) {
        GuideView current = guides.forEditing(id, guideId);
        ProgramView program = programs.get(id);
        GuideForm.Parsed parsed = GuideForm.parse(form);
        GuideEdit shown = GuideRules.normalise(parsed.edit());
        if (!parsed.problems().isEmpty() || parsed.version() == null) {
            FormProblems.addTo(model, parsed.problems());
            return page(program, current, shown, parsed.version() == null ? current.version() : parsed.version(), model);
        }
        try {
            guides.update(id, guideId, parsed.edit(), parsed.version());
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
            return page(program, current, shown, parsed.version(), model);
        } catch (StaleEditException e) {
            // Their text stays in the form; what is saved now is shown beside it, and saving again replaces it.
            Set<Integer> positions = current.items().stream().map(GuideItem::position).collect(Collectors.toSet());
            model.addAttribute("stale", true);
            model.addAttribute("saved", GuideSections.of(current.items()).sections());
            return page(program, current, GuideForm.keepingOnly(shown, positions), current.version(), model);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/programs/" + id + "/guides/" + guideId;
        }
        redirect.addFlashAttribute("flash", messages.text("guide.saved." + parsed.action().replaceAll(":.*", "")));
        return "redirect:/programs/" + id + "/guides/" + guideId + "/edit";
    }

    @PostMapping("/programs/{id}/guides/{guideId}/reset")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    String reset(@PathVariable long id, @PathVariable long guideId, @RequestParam(required = false) Long version,
                 RedirectAttributes redirect) {
        guides.forEditing(id, guideId);
        if (version == null) {
            redirect.addFlashAttribute("flashError", messages.text("guide.version.required"));
            return "redirect:/programs/" + id + "/guides/" + guideId + "/edit";
        }
        try {
            guides.reset(id, guideId, version);
            redirect.addFlashAttribute("flash", messages.text("guide.reset.done"));
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("flashError", messages.text("guide.reset.stale"));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return "redirect:/programs/" + id + "/guides/" + guideId + "/edit";
    }

    private String page(ProgramView program, GuideView guide, GuideEdit shown, long version, Model model) {
        model.addAttribute("program", program);
        model.addAttribute("guide", guide);
        model.addAttribute("edit", shown);
        model.addAttribute("version", version);
        model.addAttribute("sections", EditRows.of(shown).sections());
        model.addAttribute("kinds", GuideItemKind.values());
        model.addAttribute("limits", new Limits(GuideRules.TITLE_MAX, GuideRules.INTRODUCTION_MAX, GuideRules.ITEM_MAX,
                GuideRules.ITEMS_MAX));
        return "training/guide-edit";
    }

    private static GuideEdit asEdit(GuideView guide) {
        return new GuideEdit(guide.title(), guide.introduction(), guide.items().stream()
                .map(item -> new GuideEdit.Item(item.position(), item.kind(), item.text())).toList());
    }

    record Limits(int title, int introduction, int item, int items) {
    }
}
