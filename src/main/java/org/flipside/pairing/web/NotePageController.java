package org.flipside.pairing.web;

import jakarta.servlet.http.HttpServletResponse;
import org.flipside.pairing.note.PrivateNotes;
import org.flipside.pairing.workspace.WorkspacePage;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.StaleEditException;
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

/**
 * The private-notes tab: the caller's own notes on the pair. The notes are read before the workspace is opened, so a
 * program manager is refused (404) before anything is shown or audited.
 */
@Controller
class NotePageController {

    private final WorkspacePage workspace;
    private final PrivateNotes notes;
    private final UserMessages messages;

    NotePageController(WorkspacePage workspace, PrivateNotes notes, UserMessages messages) {
        this.workspace = workspace;
        this.notes = notes;
        this.messages = messages;
    }

    @GetMapping("/pairs/{id}/notes")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    String page(@PathVariable long id, Model model) {
        return show(id, model, null, null);
    }

    @PostMapping("/pairs/{id}/notes")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    String create(@PathVariable long id, @RequestParam(required = false) String body, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            notes.create(id, body);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            return show(id, model, body, null);
        }
        redirect.addFlashAttribute("flash", messages.text("pair.note.flash.created"));
        return "redirect:/pairs/" + id + "/notes";
    }

    @PostMapping("/pairs/{id}/notes/{noteId}")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    String update(@PathVariable long id, @PathVariable long noteId, @RequestParam(required = false) String body,
                  @RequestParam(required = false) String version, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            notes.update(id, noteId, body, VersionField.parse(version));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            model.addAttribute("editedBody", body);
            return show(id, model, null, noteId);
        } catch (StaleEditException e) {
            // The newer text is what the page shows now; the refused one is offered again so nothing is lost.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text("pair.note.stale"));
            model.addAttribute("editedBody", body);
            return show(id, model, null, noteId);
        }
        redirect.addFlashAttribute("flash", messages.text("pair.note.flash.saved"));
        return "redirect:/pairs/" + id + "/notes#note-" + noteId;
    }

    @PostMapping("/pairs/{id}/notes/{noteId}/delete")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    String delete(@PathVariable long id, @PathVariable long noteId, RedirectAttributes redirect) {
        notes.delete(id, noteId);
        redirect.addFlashAttribute("flash", messages.text("pair.note.flash.deleted"));
        return "redirect:/pairs/" + id + "/notes";
    }

    private String show(long id, Model model, String draft, Long editing) {
        model.addAttribute("notes", notes.mine(id));
        workspace.open(model, id, "notes");
        model.addAttribute("draft", draft);
        model.addAttribute("editing", editing);
        model.addAttribute("maxLength", PrivateNotes.MAX_LENGTH);
        return "pairing/notes";
    }
}
