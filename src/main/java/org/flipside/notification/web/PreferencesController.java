package org.flipside.notification.web;

import org.flipside.identity.FlipsideUser;
import org.flipside.notification.preference.NotificationPreference;
import org.flipside.notification.preference.NotificationPreferences;
import org.flipside.notification.preference.ReminderDelivery;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.StaleEditException;
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

/** Every signed-in person chooses here whether reminders come one by one or as a weekly digest. */
@Controller
@RequestMapping("/me/notifications")
@PreAuthorize("isAuthenticated()")
class PreferencesController {

    private final NotificationPreferences preferences;
    private final AccountEmail emails;
    private final UserMessages messages;

    PreferencesController(NotificationPreferences preferences, AccountEmail emails, UserMessages messages) {
        this.preferences = preferences;
        this.emails = emails;
        this.messages = messages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal FlipsideUser me, Model model) {
        String email = emails.of(me);
        return page(model, email, email == null ? null : preferences.of(email), null);
    }

    @PostMapping
    String save(@AuthenticationPrincipal FlipsideUser me, @RequestParam(required = false) String reminders,
                @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        String email = emails.of(me);
        try {
            preferences.save(email, reminders, version);
            redirect.addFlashAttribute("flash", messages.text("notification.preferences.saved"));
            return "redirect:/me/notifications";
        } catch (InvalidInputException e) {
            FormProblems.addTo(model, e.problems());
            return page(model, email, email == null ? null : preferences.of(email), reminders);
        } catch (StaleEditException e) {
            model.addAttribute("flashError", messages.text("stale.edit",
                    messages.text("notification.preferences.kind")));
            return page(model, email, preferences.of(email), null);
        }
    }

    private static String page(Model model, String email, NotificationPreference current, String chosen) {
        model.addAttribute("email", email);
        model.addAttribute("preference", current);
        model.addAttribute("chosen", chosen != null ? chosen
                : current == null ? ReminderDelivery.IMMEDIATE.name() : current.reminders().name());
        model.addAttribute("choices", ReminderDelivery.values());
        return "notification/preferences";
    }
}
