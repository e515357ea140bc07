package org.flipside.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.flipside.identity.AccountView;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.account.AccountService;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in person manages their own name, email, time zone and password here. */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountController {

    private final AccountService accounts;
    private final UserMessages messages;

    AccountController(AccountService accounts, UserMessages messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal FlipsideUser me, Model model) {
        AccountView account = accounts.get(me.id());
        return page(model, account, new ProfileForm(account.displayName(), account.email(), account.timeZone()));
    }

    @PostMapping("/profile")
    String updateProfile(@AuthenticationPrincipal FlipsideUser me, ProfileForm form, Model model,
                         HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            AccountView updated = accounts.updateProfile(me.id(), form.displayName(), form.email(), form.timeZone());
            SignedInPrincipal.refresh(me, updated, request, response);
            redirect.addFlashAttribute("flash", messages.text("account.profile.saved"));
            return "redirect:/account";
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
            return page(model, accounts.get(me.id()), form);
        }
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal FlipsideUser me, @RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String newPassword, Model model, RedirectAttributes redirect) {
        try {
            accounts.changeOwnPassword(me.id(), currentPassword, newPassword);
            redirect.addFlashAttribute("flash", messages.text("account.password.saved"));
            return "redirect:/account";
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
            AccountView account = accounts.get(me.id());
            return page(model, account, new ProfileForm(account.displayName(), account.email(), account.timeZone()));
        }
    }

    private String page(Model model, AccountView account, ProfileForm form) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("zones", TimeZones.CHOICES);
        return "identity/account";
    }

    record ProfileForm(String displayName, String email, String timeZone) {
    }
}
