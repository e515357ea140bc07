package org.flipside.notification.outbox;

import java.time.Clock;
import java.util.Locale;
import org.flipside.matching.MatchConfirmed;
import org.flipside.matching.MatchDeclined;
import org.flipside.matching.MatchPerson;
import org.flipside.program.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people how their match ended: both are told when they became a pair; when one declines, only the other is
 * told, without the reason (that stays with the program's managers).
 */
@Component
class MatchOutcomeMails {

    private static final Logger log = LoggerFactory.getLogger(MatchOutcomeMails.class);

    private final Outbox outbox;
    private final MessageSource messages;
    private final MailProperties properties;
    private final Clock clock;

    MatchOutcomeMails(Outbox outbox, MessageSource messages, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MatchConfirmed confirmed) {
        write("confirmed", confirmed.matchId(), confirmed.programName(), confirmed.mentee(), confirmed.mentor());
        write("confirmed", confirmed.matchId(), confirmed.programName(), confirmed.mentor(), confirmed.mentee());
    }

    @ApplicationModuleListener
    void on(MatchDeclined declined) {
        boolean menteeDeclined = declined.declinedBy() == Side.MENTEE;
        MatchPerson other = menteeDeclined ? declined.mentor() : declined.mentee();
        MatchPerson decliner = menteeDeclined ? declined.mentee() : declined.mentor();
        write("declined", declined.matchId(), declined.programName(), other, decliner);
    }

    private void write(String outcome, long matchId, String programName, MatchPerson to, MatchPerson partner) {
        if (to.email() == null || to.email().isBlank()) {
            log.warn("Participant {} has no email address; no match mail written.", to.participantId());
            return;
        }
        Locale locale = Locale.ENGLISH;
        String link = properties.baseUrl() + "/me/matches#match-" + matchId;
        String subject = messages.getMessage("notification.match." + outcome + ".subject",
                new Object[]{programName}, locale);
        String body = messages.getMessage("notification.match." + outcome + ".body",
                new Object[]{to.fullName(), partner.fullName(), programName, link}, locale);
        outbox.add(to.email(), subject, body, "match-" + outcome + ":" + matchId + ":" + to.participantId(),
                clock.instant());
    }
}
