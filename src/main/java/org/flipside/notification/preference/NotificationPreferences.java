package org.flipside.notification.preference;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.StaleEditException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's choices of how reminders reach them, kept by email address (case does not matter) because reminders are
 * addressed that way. A choice carries a version: saving from a stale one is refused and changes nothing.
 */
@Component
public class NotificationPreferences {

    static final String KIND = "notification preferences";

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public NotificationPreference of(String email) {
        String key = key(email);
        return jdbc.sql("select email, reminders, version from notification_preference where email = :email")
                .param("email", key)
                .query((rs, n) -> new NotificationPreference(rs.getString("email"),
                        ReminderDelivery.valueOf(rs.getString("reminders")), rs.getLong("version")))
                .optional().orElseGet(() -> NotificationPreference.defaultFor(key));
    }

    public ReminderDelivery remindersFor(String email) {
        return email == null || email.isBlank() ? ReminderDelivery.IMMEDIATE : of(email).reminders();
    }

    /**
     * Saves the choice made from {@code version} (0 when the person had never chosen).
     *
     * @throws InvalidInputException for a missing address, an unknown choice or a missing version
     * @throws StaleEditException    when the choice was saved elsewhere since {@code version}
     */
    @Transactional
    public NotificationPreference save(String email, String reminders, Long version) {
        ReminderDelivery choice = validated(email, reminders, version);
        String key = key(email);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        if (version == 0) {
            try {
                jdbc.sql("insert into notification_preference (email, reminders, version, updated_at) "
                                + "values (:email, :reminders, 1, :now)")
                        .param("email", key).param("reminders", choice.name()).param("now", now).update();
            } catch (DuplicateKeyException chosenMeanwhile) {
                throw new StaleEditException(KIND, key);
            }
        } else if (jdbc.sql("update notification_preference set reminders = :reminders, version = version + 1, "
                        + "updated_at = :now where email = :email and version = :version")
                .param("reminders", choice.name()).param("now", now).param("email", key).param("version", version)
                .update() != 1) {
            throw new StaleEditException(KIND, key);
        }
        return of(key);
    }

    private static ReminderDelivery validated(String email, String reminders, Long version) {
        if (email == null || email.isBlank()) {
            throw new InvalidInputException(FieldProblem.of("email", "notification.preferences.noEmail",
                    "Your account has no email address, so no reminders can reach you. Add one on your account page."));
        }
        if (version == null || version < 0) {
            throw new InvalidInputException(FieldProblem.of("version", "notification.preferences.version",
                    "Send the version of your preferences you started from (0 if you never chose)."));
        }
        try {
            return ReminderDelivery.valueOf(reminders == null ? "" : reminders.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of("reminders", "notification.preferences.reminders",
                    "Choose IMMEDIATE (one mail per reminder) or WEEKLY_DIGEST (one mail on Monday mornings)."));
        }
    }

    static String key(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
