package org.flipside.notification.pair;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.flipside.notification.outbox.MailAttachment;
import org.flipside.notification.outbox.MailProperties;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutgoingMail;
import org.flipside.notification.outbox.RecipientZone;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.SessionInvitation;
import org.flipside.pairing.SessionInvitation.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails each attendee of a scheduled, changed or cancelled session with the calendar entry attached, the time written
 * in the attendee's own zone. One mail per attendee and version of the entry: the key names the session, its
 * sequence and the attendee, so a repeated event mails nobody twice while every new version goes out.
 */
@Component
class SessionInvitationMails {

    static final String FILE_NAME = "invite.ics";
    private static final Logger log = LoggerFactory.getLogger(SessionInvitationMails.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm '('VV', 'z')'", Locale.ENGLISH);

    private final Outbox outbox;
    private final MessageSource messages;
    private final MailProperties properties;
    private final Clock clock;

    SessionInvitationMails(Outbox outbox, MessageSource messages, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SessionInvitation invitation) {
        for (PairMember attendee : invitation.attendees()) {
            PairMember partner = invitation.attendees().stream()
                    .filter(other -> other.participantId() != attendee.participantId()).findFirst().orElse(null);
            write(invitation, attendee, partner);
        }
    }

    private void write(SessionInvitation invitation, PairMember to, PairMember partner) {
        if (to.email() == null || to.email().isBlank()) {
            log.warn("Participant {} has no email address; no session mail written.", to.participantId());
            return;
        }
        ZoneId zone = RecipientZone.of(to.timeZone());
        String when = WHEN.format(invitation.start().atZone(zone));
        String change = invitation.change().name();
        String partnerName = partner == null ? "" : partner.fullName();
        String agenda = invitation.agenda() == null || invitation.agenda().isBlank()
                ? text("notification.session.noAgenda") : invitation.agenda().strip();
        String mode = invitation.mode() == null ? text("notification.session.noMode")
                : messages.getMessage("notification.session.mode." + invitation.mode(), null, invitation.mode(),
                Locale.ENGLISH);
        String subject = text("notification.session." + change + ".subject", when);
        String body = text("notification.session.body", to.fullName(),
                text("notification.session." + change + ".what", partnerName, invitation.programName()),
                when, invitation.minutes(), mode, agenda,
                properties.baseUrl() + "/pairs/" + invitation.pairId() + "/sessions");
        String method = invitation.change() == Change.CANCELLED ? "CANCEL" : "REQUEST";
        MailAttachment ics = new MailAttachment(FILE_NAME,
                "text/calendar; method=" + method + "; charset=UTF-8", invitation.ics());
        outbox.add(new OutgoingMail(to.email(), subject, body, "session:" + invitation.sessionId(), ics,
                "session:" + invitation.sessionId() + ":" + invitation.sequence() + ":" + to.participantId()),
                clock.instant());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }
}
