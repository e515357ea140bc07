package org.flipside.notification.reminder;

import java.time.Clock;
import org.flipside.notification.digest.DigestEntries;
import org.flipside.notification.digest.DigestEntry;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutgoingMail;
import org.flipside.notification.preference.NotificationPreferences;
import org.flipside.notification.preference.ReminderDelivery;
import org.flipside.shared.reminder.ReminderDue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a due reminder into what its recipient chose: one mail now, or an entry of their weekly digest. Both are
 * written under the reminder's key, so the same reminder delivered again (an event republished after a restart)
 * leaves nothing new.
 */
@Component
class ReminderMails {

    private static final Logger log = LoggerFactory.getLogger(ReminderMails.class);

    private final ReminderTexts texts;
    private final NotificationPreferences preferences;
    private final Outbox outbox;
    private final DigestEntries digest;
    private final Clock clock;

    ReminderMails(ReminderTexts texts, NotificationPreferences preferences, Outbox outbox, DigestEntries digest,
                  Clock clock) {
        this.texts = texts;
        this.preferences = preferences;
        this.outbox = outbox;
        this.digest = digest;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReminderDue reminder) {
        String email = reminder.recipient().email();
        if (email == null || email.isBlank()) {
            log.warn("Reminder {} has no email address to go to; nothing written.", reminder.key());
            return;
        }
        String subject = texts.subject(reminder);
        if (preferences.remindersFor(email) == ReminderDelivery.WEEKLY_DIGEST) {
            digest.add(new DigestEntry(reminder.key(), email, reminder.recipient().fullName(),
                    reminder.recipient().timeZone(), subject, texts.link(reminder), reminder.dueAt()),
                    clock.instant());
            return;
        }
        outbox.add(new OutgoingMail(email, subject, texts.body(reminder), "reminder:" + reminder.key(), null,
                reminder.key()), clock.instant());
    }
}
