package org.flipside.notification.feedback;

import java.time.Clock;
import java.util.Locale;
import org.flipside.feedback.ConfidentialMessagePosted;
import org.flipside.feedback.ConfidentialMessagePosted.Recipient;
import org.flipside.notification.outbox.MailProperties;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A notice that a confidential message waits in Flipside. Mail leaves the organisation's hands, so it says only that
 * there is something to read and where — never the subject or the text, which the event does not even carry.
 */
@Component
class ConfidentialMessageMails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final MailProperties properties;
    private final Clock clock;

    ConfidentialMessageMails(Outbox outbox, MessageSource messages, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ConfidentialMessagePosted posted) {
        Locale locale = Locale.ENGLISH;
        String link = properties.baseUrl() + posted.path();
        String subject = messages.getMessage("notification.confidential.subject",
                new Object[]{posted.programName()}, locale);
        for (Recipient to : posted.recipients()) {
            String body = messages.getMessage("notification.confidential.body",
                    new Object[]{to.name(), posted.programName(), link}, locale);
            outbox.add(new OutgoingMail(to.email(), subject, body, "confidential:" + posted.conversationId(), null,
                    "confidential:" + posted.messageId() + ":" + to.email()), clock.instant());
        }
    }
}
