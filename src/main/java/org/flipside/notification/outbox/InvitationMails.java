package org.flipside.notification.outbox;

import java.time.Clock;
import java.util.Locale;
import org.flipside.program.ParticipantInvited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes an invitation mail to the outbox for every invitation to a program. */
@Component
class InvitationMails {

    private static final Logger log = LoggerFactory.getLogger(InvitationMails.class);

    private final Outbox outbox;
    private final MessageSource messages;
    private final MailProperties properties;
    private final ObjectProvider<JavaMailSender> smtp;
    private final Clock clock;

    InvitationMails(Outbox outbox, MessageSource messages, MailProperties properties,
                    ObjectProvider<JavaMailSender> smtp, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.smtp = smtp;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ParticipantInvited invited) {
        if (invited.email() == null || invited.email().isBlank()) {
            log.warn("Participant {} has no email address; no invitation mail written.", invited.participantId());
            return;
        }
        Locale locale = Locale.ENGLISH;
        String link = properties.baseUrl() + "/me/programs/" + invited.participantId();
        String side = messages.getMessage("notification.side." + invited.side().name(), null, locale);
        String subject = messages.getMessage("notification.invitation.subject",
                new Object[]{invited.programName()}, locale);
        String body = messages.getMessage("notification.invitation.body",
                new Object[]{invited.fullName(), invited.programName(), side, link}, locale);
        // One invitation per participant record: the reference doubles as the dedup key, so a republished event
        // writes nothing new.
        String reference = "participant:" + invited.participantId();
        outbox.add(new OutgoingMail(invited.email(), subject, body, reference, null, reference), clock.instant());
        if (smtp.getIfAvailable() == null) {
            log.info("Invitation for participant {} is in the outbox (no SMTP configured).", invited.participantId());
        }
    }
}
