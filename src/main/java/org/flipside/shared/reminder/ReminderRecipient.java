package org.flipside.shared.reminder;

/**
 * Who a reminder is for. {@code timeZone} is an IANA zone id: the weekly digest goes out on the recipient's Monday
 * morning, and times in the reminder's arguments are already written in this zone.
 */
public record ReminderRecipient(String email, String fullName, String timeZone) {
}
