package org.flipside.feedback.channel.web;

import jakarta.servlet.http.HttpServletResponse;
import org.flipside.feedback.channel.ConfidentialChannel;
import org.flipside.feedback.channel.ConversationKind;
import org.flipside.feedback.channel.NewConversation;
import org.flipside.pairing.Pairs;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
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

/** The participant's pages: their conversations with a form to start one, and one conversation. */
@Controller
class ChannelPageController {

    private final ConfidentialChannel channel;
    private final Pairs pairs;
    private final UserMessages messages;

    ChannelPageController(ConfidentialChannel channel, Pairs pairs, UserMessages messages) {
        this.channel = channel;
        this.pairs = pairs;
        this.messages = messages;
    }

    @GetMapping("/me/confidential")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    String mine(Model model) {
        return list(model, new NewConversation(null, null, null, null, null));
    }

    @PostMapping("/me/confidential")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    String open(@RequestParam(required = false) Long programId, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String subject, @RequestParam(required = false) String message,
                @RequestParam(required = false) Long pairId, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        NewConversation draft = new NewConversation(programId, kind, subject, message, pairId);
        long id;
        try {
            id = channel.open(draft).summary().id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            return list(model, draft);
        }
        redirect.addFlashAttribute("flash", messages.text("feedback.channel.flash.opened"));
        return "redirect:/me/confidential/" + id;
    }

    @GetMapping("/me/confidential/{id}")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    String one(@PathVariable long id, Model model) {
        return show(id, model, null);
    }

    @PostMapping("/me/confidential/{id}/messages")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    String reply(@PathVariable long id, @RequestParam(required = false) String message, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, response, redirect, message, "feedback.channel.flash.replied",
                () -> channel.reply(id, message));
    }

    @PostMapping("/me/confidential/{id}/closing")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    String close(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, response, redirect, null, "feedback.channel.flash.closed",
                () -> channel.close(id, ChannelForms.version(version)));
    }

    @PostMapping("/me/confidential/{id}/reopening")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    String reopen(@PathVariable long id, @RequestParam(required = false) String version, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, model, response, redirect, null, "feedback.channel.flash.reopened",
                () -> channel.reopen(id, ChannelForms.version(version)));
    }

    private String act(long id, Model model, HttpServletResponse response, RedirectAttributes redirect, String draft,
                       String done, Runnable action) {
        channel.get(id);
        try {
            action.run();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            FormProblems.addTo(model, e.problems());
            return show(id, model, draft);
        } catch (RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text(e.code()));
            return show(id, model, draft);
        } catch (StaleEditException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", messages.text("feedback.channel.stale"));
            return show(id, model, draft);
        }
        redirect.addFlashAttribute("flash", messages.text(done));
        return "redirect:/me/confidential/" + id;
    }

    private String list(Model model, NewConversation draft) {
        model.addAttribute("conversations", channel.mine());
        model.addAttribute("programs", channel.programs());
        model.addAttribute("pairs", pairs.mine());
        model.addAttribute("kinds", ConversationKind.values());
        model.addAttribute("draft", draft);
        return "feedback/mine";
    }

    private String show(long id, Model model, String draft) {
        model.addAttribute("conversation", channel.get(id));
        model.addAttribute("manager", false);
        model.addAttribute("base", "/me/confidential/" + id);
        model.addAttribute("draft", draft);
        return "feedback/conversation";
    }
}
