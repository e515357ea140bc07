package org.flipside.shared.reminder;

import java.time.Instant;
import java.util.List;

/**
 * A reminder or nudge that became due, published once per {@code key} by {@link Reminders#issue(ReminderDue)}. The
 * notification module turns it into a mail (or an entry of the recipient's weekly digest) with the texts
 * {@code notification.reminder.<kind>.subject} and {@code .body}; the body's arguments are the recipient's name, then
 * {@code arguments} in order, then {@code link}.
 *
 * @param key       unique for this occasion, at most 200 characters, e.g. {@code session-upcoming:42:7}
 * @param kind      which text to use, e.g. {@code session.upcoming}
 * @param arguments values for the text, already formatted for the recipient (times in their zone)
 * @param link      path of the page to act on, e.g. {@code /pairs/5}, joined to the site's base address by the mail
 * @param dueAt     when the reminder became due
 */
public record ReminderDue(String key, ReminderRecipient recipient, String kind, List<String> arguments, String link,
                          Instant dueAt) {

    public ReminderDue {
        arguments = List.copyOf(arguments);
        if (key.length() > 200) {
            throw new IllegalArgumentException("A reminder key has at most 200 characters: " + key);
        }
    }
}
