package org.flipside.identity.web;

import java.util.Set;
import java.util.function.Supplier;
import org.flipside.identity.AccountView;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.Role;
import org.flipside.identity.account.AccountService;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.FormProblems;
import org.flipside.shared.web.PageRequests;
import org.springframework.beans.factory.annotation.Value;
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

/** Administrators create accounts, grant roles, reset passwords and deactivate accounts. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminUserController {

    private final AccountService accounts;
    private final UserMessages messages;
    private final String defaultZone;

    AdminUserController(AccountService accounts, UserMessages messages,
                        @Value("${flipside.default-time-zone:UTC}") String defaultZone) {
        this.accounts = accounts;
        this.messages = messages;
        this.defaultZone = defaultZone;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("users", accounts.search(q, PageRequests.page(page), PageRequests.DEFAULT_SIZE));
        return "identity/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return form(model, NewUserForm.empty(defaultZone));
    }

    @PostMapping
    String create(NewUserForm form, Model model, RedirectAttributes redirect) {
        try {
            AccountView created = accounts.open(form.toAccount());
            redirect.addFlashAttribute("flash", text("users.created", created.username()));
            return "redirect:/admin/users/" + created.id();
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
            // The password is never sent back to the browser.
            return form(model, new NewUserForm(form.username(), form.displayName(), form.email(), form.timeZone(),
                    form.roles(), ""));
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("user", accounts.get(id));
        model.addAttribute("allRoles", Role.values());
        return "identity/user";
    }

    @PostMapping("/{id}/roles")
    String changeRoles(@PathVariable long id, @RequestParam(required = false) Set<Role> roles, @RequestParam long version,
                       @AuthenticationPrincipal FlipsideUser admin, RedirectAttributes redirect) {
        return act(id, redirect, "users.rolesChanged",
                () -> accounts.changeRoles(id, roles == null ? Set.of() : roles, version, admin.getUsername()));
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal FlipsideUser admin,
                      RedirectAttributes redirect) {
        return act(id, redirect, "users.deactivated", () -> accounts.deactivate(id, version, admin.getUsername()));
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "users.reactivated", () -> accounts.reactivate(id, version));
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam(required = false) String password, RedirectAttributes redirect) {
        return act(id, redirect, "users.passwordReset", () -> {
            accounts.resetPassword(id, password);
            return null;
        });
    }

    private String act(long id, RedirectAttributes redirect, String successKey, Supplier<?> action) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", text(successKey));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("flashError", text("stale.edit", text("users.kind")));
        }
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model, NewUserForm form) {
        model.addAttribute("form", form);
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("zones", TimeZones.CHOICES);
        return "identity/user-new";
    }

    private String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
