package org.flipside.notification.pair;

import java.time.Clock;
import java.util.Locale;
import org.flipside.notification.outbox.MailProperties;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutgoingMail;
import org.flipside.pairing.PairFormed;
import org.flipside.pairing.PairMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells both people of a new pair who their partner is and where their workspace is. While the program waits for
 * role training, the mail says the pair starts once both have finished it and links to the training.
 */
@Component
class PairFormedMails {

    private static final Logger log = LoggerFactory.getLogger(PairFormedMails.class);

    private final Outbox outbox;
    private final MessageSource messages;
    private final MailProperties properties;
    private final Clock clock;

    PairFormedMails(Outbox outbox, MessageSource messages, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PairFormed formed) {
        write(formed, formed.mentee(), formed.mentor());
        write(formed, formed.mentor(), formed.mentee());
    }

    private void write(PairFormed formed, PairMember to, PairMember partner) {
        if (to.email() == null || to.email().isBlank()) {
            log.warn("Participant {} has no email address; no pair mail written.", to.participantId());
            return;
        }
        Locale locale = Locale.ENGLISH;
        String partnerSide = messages.getMessage("notification.side." + partner.side().name(), null, locale);
        String subject = messages.getMessage("notification.pair.formed.subject",
                new Object[]{partner.fullName(), formed.programName()}, locale);
        String start = formed.active()
                ? messages.getMessage("notification.pair.formed.active", null, locale)
                : messages.getMessage("notification.pair.formed.waiting",
                new Object[]{properties.baseUrl() + "/me/training"}, locale);
        String body = messages.getMessage("notification.pair.formed.body", new Object[]{to.fullName(),
                partner.fullName(), partnerSide, formed.programName(), start,
                properties.baseUrl() + "/pairs/" + formed.pairId()}, locale);
        outbox.add(new OutgoingMail(to.email(), subject, body, "pair:" + formed.pairId(), null,
                "pair-formed:" + formed.pairId() + ":" + to.participantId()), clock.instant());
    }
}
