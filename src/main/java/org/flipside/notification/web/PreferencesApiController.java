package org.flipside.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.identity.FlipsideUser;
import org.flipside.notification.preference.NotificationPreference;
import org.flipside.notification.preference.NotificationPreferences;
import org.flipside.notification.preference.ReminderDelivery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own choice of how reminders reach them, with the same rules as the page. */
@RestController
@RequestMapping("/api/v1/me/notification-preferences")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Notification preferences", description = "How reminders reach the calling account")
class PreferencesApiController {

    private final NotificationPreferences preferences;
    private final AccountEmail emails;

    PreferencesApiController(NotificationPreferences preferences, AccountEmail emails) {
        this.preferences = preferences;
        this.emails = emails;
    }

    @GetMapping
    @Operation(summary = "How reminders reach you: IMMEDIATE (default, version 0 until you choose) or WEEKLY_DIGEST")
    PreferencesView get(@AuthenticationPrincipal FlipsideUser me) {
        String email = emails.of(me);
        return PreferencesView.of(email, email == null ? null : preferences.of(email));
    }

    @PutMapping
    @Operation(summary = "Choose how reminders reach you; invitations and calendar mails always come at once. "
            + "400 for an unknown choice or an account without email, 409 if saved since the given version")
    PreferencesView put(@AuthenticationPrincipal FlipsideUser me, @RequestBody PreferencesUpdate update) {
        String email = emails.of(me);
        return PreferencesView.of(email, preferences.save(email, update.reminders(), update.version()));
    }

    /** A change of preferences. */
    record PreferencesUpdate(
            @Schema(description = "IMMEDIATE or WEEKLY_DIGEST", example = "WEEKLY_DIGEST") String reminders,
            @Schema(description = "the version you read (0 if you never chose)", example = "0") Long version) {
    }

    /** The caller's preferences; {@code email} is null when the account has no address (then nothing is mailed). */
    record PreferencesView(String email, ReminderDelivery reminders, long version) {

        static PreferencesView of(String email, NotificationPreference preference) {
            return preference == null ? new PreferencesView(null, ReminderDelivery.IMMEDIATE, 0)
                    : new PreferencesView(email, preference.reminders(), preference.version());
        }
    }
}
