package org.flipside.notification.feedback;

import java.time.Clock;
import java.util.Locale;
import org.flipside.feedback.SafetyFlagRaised;
import org.flipside.feedback.SafetyFlagRaised.Recipient;
import org.flipside.notification.outbox.MailProperties;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A notice to a program's managers that a low safety score was reported. It names no one and no score, even when the
 * junior mentor agreed to be contacted: that is for the safety page, behind sign-in.
 */
@Component
class SafetyFlagMails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final MailProperties properties;
    private final Clock clock;

    SafetyFlagMails(Outbox outbox, MessageSource messages, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SafetyFlagRaised raised) {
        Locale locale = Locale.ENGLISH;
        String link = properties.baseUrl() + raised.path();
        String subject = messages.getMessage("notification.safetyflag.subject",
                new Object[]{raised.programName()}, locale);
        for (Recipient to : raised.recipients()) {
            String body = messages.getMessage("notification.safetyflag.body",
                    new Object[]{to.name(), raised.programName(), link}, locale);
            outbox.add(new OutgoingMail(to.email(), subject, body, "safety-flag:" + raised.flagId(), null,
                    "safety-flag:" + raised.flagId() + ":" + to.email()), clock.instant());
        }
    }
}
