package org.flipside.notification.outbox;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.flipside.matching.MatchDeclined;
import org.flipside.matching.MatchExpired;
import org.flipside.matching.MatchPerson;
import org.flipside.matching.MatchProposed;
import org.flipside.program.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails about matches. Each person who has to answer one is written to (both people of a published proposal, the
 * mentor of a mentee's request), naming the partner and linking to "My matches"; the reasons stay in the
 * application, behind sign-in. Then people learn how it ended: both when nobody answered in time; after a decline only
 * the partner, without the reason (that stays with the program's managers). When both accept, the pair's own mail
 * (sent when the pairing module forms the pair) tells them, with the link to their workspace.
 */
@Component
class MatchMails {

    private static final Logger log = LoggerFactory.getLogger(MatchMails.class);
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final Outbox outbox;
    private final MessageSource messages;
    private final MailProperties properties;
    private final Clock clock;

    MatchMails(Outbox outbox, MessageSource messages, MailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MatchProposed proposed) {
        if (!proposed.requested()) {
            write(proposed, proposed.mentee(), proposed.mentor(), "notification.match.mentor");
        }
        write(proposed, proposed.mentor(), proposed.mentee(),
                proposed.requested() ? "notification.match.requestedBy" : "notification.match.mentee");
    }

    /** One mail to {@code to} about {@code partner}; {@code role} words who the partner is for them. */
    private void write(MatchProposed proposed, MatchPerson to, MatchPerson partner, String role) {
        if (to.email() == null || to.email().isBlank()) {
            log.warn("Participant {} has no email address; no match mail written.", to.participantId());
            return;
        }
        Locale locale = Locale.ENGLISH;
        String link = properties.baseUrl() + "/me/matches#match-" + proposed.matchId();
        String deadline = DEADLINE.format(proposed.respondBy().atZone(ZoneOffset.UTC));
        String who = messages.getMessage(role, new Object[]{partner.fullName()}, locale);
        String subject = messages.getMessage("notification.match.subject", new Object[]{proposed.programName()},
                locale);
        String body = messages.getMessage("notification.match.body",
                new Object[]{to.fullName(), proposed.programName(), who, deadline, link}, locale);
        once(to.email(), subject, body, "match:" + proposed.matchId() + ":" + to.participantId());
    }

    @ApplicationModuleListener
    void on(MatchDeclined declined) {
        boolean menteeDeclined = declined.declinedBy() == Side.MENTEE;
        MatchPerson other = menteeDeclined ? declined.mentor() : declined.mentee();
        MatchPerson decliner = menteeDeclined ? declined.mentee() : declined.mentor();
        writeOutcome("declined", declined.matchId(), declined.programName(), other, decliner);
    }

    @ApplicationModuleListener
    void on(MatchExpired expired) {
        writeOutcome("expired", expired.matchId(), null, expired.mentee(), expired.mentor());
        writeOutcome("expired", expired.matchId(), null, expired.mentor(), expired.mentee());
    }

    private void writeOutcome(String outcome, long matchId, String programName, MatchPerson to, MatchPerson partner) {
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
        once(to.email(), subject, body, "match-" + outcome + ":" + matchId + ":" + to.participantId());
    }

    /** Each reference names one occasion for one person, so it is also the dedup key: a republished event mails once. */
    private void once(String email, String subject, String body, String reference) {
        outbox.add(new OutgoingMail(email, subject, body, reference, null, reference), clock.instant());
    }
}
