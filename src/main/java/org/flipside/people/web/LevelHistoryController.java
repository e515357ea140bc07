package org.flipside.people.web;

import java.io.IOException;
import java.security.Principal;
import org.flipside.people.importing.LevelHistoryPreview;
import org.flipside.people.importing.LevelHistoryUploads;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The level-history pages: upload → preview with every problem → apply. */
@Controller
@RequestMapping("/people/level-history")
class LevelHistoryController {

    private final LevelHistoryUploads uploads;
    private final UserMessages messages;

    LevelHistoryController(LevelHistoryUploads uploads, UserMessages messages) {
        this.uploads = uploads;
        this.messages = messages;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String uploadPage() {
        return "people/levels-upload";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model)
            throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            LevelHistoryPreview preview = uploads.upload(file == null ? null : file.getOriginalFilename(), content,
                    principal.getName());
            return "redirect:/people/level-history/" + preview.id();
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return uploadPage();
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("preview", uploads.preview(id));
        return "people/levels-preview";
    }

    @PostMapping("/{id}/apply")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String apply(@PathVariable long id, RedirectAttributes redirect) {
        try {
            LevelHistoryPreview done = uploads.apply(id);
            redirect.addFlashAttribute("flash", messages.text("people.levels.flash.applied", done.changes()));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return "redirect:/people/level-history/" + id;
    }
}
