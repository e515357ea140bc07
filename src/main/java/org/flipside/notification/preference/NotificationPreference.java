package org.flipside.notification.preference;

/**
 * One person's choice; {@code version} 0 means they never chose and the default applies.
 *
 * @param email the address the choice belongs to, lower-cased
 */
public record NotificationPreference(String email, ReminderDelivery reminders, long version) {

    public static NotificationPreference defaultFor(String email) {
        return new NotificationPreference(email, ReminderDelivery.IMMEDIATE, 0);
    }
}
