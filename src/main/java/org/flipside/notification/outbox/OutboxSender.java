package org.flipside.notification.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Delivers pending outbox messages over SMTP, with their attachment when they have one. Each message is claimed in the database first and only the claimer
 * sends it, so instances that run this at the same time never send a message twice.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final int BATCH = 50;

    private final Outbox outbox;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String instance;
    private final String from;
    private final Duration staleClaim;

    public OutboxSender(Outbox outbox, JavaMailSender mail, Clock clock, String instance, String from,
                        Duration staleClaim) {
        this.outbox = outbox;
        this.mail = mail;
        this.clock = clock;
        this.instance = instance;
        this.from = from;
        this.staleClaim = staleClaim;
    }

    /** Sends what is waiting; returns how many messages this instance sent. */
    public int sendPending() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Instant staleBefore = now.minus(staleClaim);
        int sent = 0;
        for (Long id : outbox.claimable(staleBefore, BATCH)) {
            if (!outbox.claim(id, instance, now, staleBefore)) {
                continue;
            }
            OutboxMessage message = outbox.get(id);
            try {
                mail.send(mime(message));
                outbox.markSent(id, instance, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
                sent++;
            } catch (MailException | MessagingException e) {
                log.warn("Mail {} to {} could not be sent, will retry: {}", id, message.recipient(), e.getMessage());
                outbox.release(id, instance, e.getMessage());
            }
        }
        return sent;
    }

    /** A plain text mail, or a multipart one with the attachment under the text. */
    private MimeMessage mime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = mail.createMimeMessage();
        MailAttachment file = message.attachment();
        MimeMessageHelper helper = new MimeMessageHelper(mime, file != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        if (file != null) {
            helper.addAttachment(file.fileName(),
                    new ByteArrayDataSource(file.content().getBytes(StandardCharsets.UTF_8), file.contentType()));
        }
        return mime;
    }

    public String instance() {
        return instance;
    }
}
