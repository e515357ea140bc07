package org.flipside.notification.reminder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flipside.notification.outbox.MailProperties;
import org.flipside.shared.reminder.ReminderDue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a reminder with {@code notification.reminder.<kind>.subject} and {@code .body}: the body's arguments are the
 * recipient's name, the reminder's own arguments, then the full link. A kind without texts fails loudly (the event
 * stays unfinished and is tried again after a restart) rather than sending a mail nobody can read.
 */
@Component
public class ReminderTexts {

    static final String PREFIX = "notification.reminder.";

    private final MessageSource messages;
    private final MailProperties properties;

    ReminderTexts(MessageSource messages, MailProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    public String subject(ReminderDue reminder) {
        return messages.getMessage(PREFIX + reminder.kind() + ".subject", arguments(reminder), Locale.ENGLISH);
    }

    public String body(ReminderDue reminder) {
        return messages.getMessage(PREFIX + reminder.kind() + ".body", arguments(reminder), Locale.ENGLISH);
    }

    /** The page to act on, as an absolute address. */
    public String link(ReminderDue reminder) {
        String path = reminder.link() == null || reminder.link().isBlank() ? "/" : reminder.link();
        return properties.baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    private Object[] arguments(ReminderDue reminder) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(reminder.recipient().fullName());
        arguments.addAll(reminder.arguments());
        arguments.add(link(reminder));
        return arguments.toArray();
    }
}
