package org.flipside.identity.web;

import java.time.Clock;
import java.time.Instant;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.token.ApiTokenService;
import org.flipside.identity.token.IssuedToken;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal API tokens: created and revoked by their owner; the secret is shown once. */
@Controller
@RequestMapping("/account/tokens")
@PreAuthorize("isAuthenticated()")
class TokenController {

    private final ApiTokenService tokens;
    private final UserMessages messages;
    private final Clock clock;

    TokenController(ApiTokenService tokens, UserMessages messages, Clock clock) {
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal FlipsideUser me, Model model) {
        model.addAttribute("tokens", tokens.tokensOf(me.id()));
        model.addAttribute("now", Instant.now(clock));
        return "identity/tokens";
    }

    @PostMapping
    String create(@AuthenticationPrincipal FlipsideUser me, @RequestParam(required = false) String name,
                  @RequestParam(required = false) Integer validDays, Model model, RedirectAttributes redirect) {
        try {
            IssuedToken issued = tokens.issue(me.id(), me.getUsername(), name, validDays);
            // Travels once through the flash scope and is never stored anywhere readable afterwards.
            redirect.addFlashAttribute("issuedSecret", issued.secret());
            redirect.addFlashAttribute("flash", messages.text("tokens.created", issued.token().name()));
            return "redirect:/account/tokens";
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
            model.addAttribute("tokenName", name);
            return list(me, model);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal FlipsideUser me, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(me.id(), id);
        redirect.addFlashAttribute("flash", messages.text("tokens.revoked"));
        return "redirect:/account/tokens";
    }
}
