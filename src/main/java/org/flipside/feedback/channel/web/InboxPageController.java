package org.flipside.feedback.channel.web;

import jakarta.servlet.http.HttpServletResponse;
import org.flipside.feedback.channel.ConfidentialInbox;
import org.flipside.program.Programs;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.PageRequests;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The managers' pages: a program's confidential conversations and one of them (each look audited). */
@Controller
class InboxPageController {

    private final ConfidentialInbox inbox;
    private final Programs programs;
    private final UserMessages messages;

    InboxPageController(ConfidentialInbox inbox, Programs programs, UserMessages messages) {
        this.inbox = inbox;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/confidential")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    String list(@PathVariable long id, @RequestParam(required = false) String state,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("conversations", inbox.list(id, ChannelForms.state(state), PageRequests.page(page),
                PageRequests.DEFAULT_SIZE));
        model.addAttribute("program", programs.get(id));
        model.addAttribute("filter", state == null || state.isBlank() ? "all" : state);
        return "feedback/inbox";
    }

    @GetMapping("/programs/{id}/confidential/{conversationId}")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    String one(@PathVariable long id, @PathVariable long conversationId, Model model) {
        return show(id, conversationId, model, null);
    }

    @PostMapping("/programs/{id}/confidential/{conversationId}/messages")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    String reply(@PathVariable long id, @PathVariable long conversationId,
                 @RequestParam(required = false) String message, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        return act(id, conversationId, model, response, redirect, message, "feedback.channel.flash.replied",
                () -> inbox.reply(id, conversationId, message));
    }

    @PostMapping("/programs/{id}/confidential/{conversationId}/closing")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    String close(@PathVariable long id, @PathVariable long conversationId,
                 @RequestParam(required = false) String version, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        return act(id, conversationId, model, response, redirect, null, "feedback.channel.flash.closed",
                () -> inbox.close(id, conversationId, ChannelForms.version(version)));
    }

    private String act(long id, long conversationId, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, String draft, String done, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            return show(id, conversationId, model, draft);
        } catch (RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text(e.code()));
            return show(id, conversationId, model, draft);
        } catch (StaleEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text("feedback.channel.stale"));
            return show(id, conversationId, model, draft);
        }
        redirect.addFlashAttribute("flash", messages.text(done));
        return "redirect:/programs/" + id + "/confidential/" + conversationId;
    }

    private String show(long id, long conversationId, Model model, String draft) {
        model.addAttribute("conversation", inbox.read(id, conversationId));
        model.addAttribute("manager", true);
        model.addAttribute("base", "/programs/" + id + "/confidential/" + conversationId);
        model.addAttribute("back", "/programs/" + id + "/confidential");
        model.addAttribute("draft", draft);
        return "feedback/conversation";
    }
}
