package org.flipside.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flipside.program.ParticipantInvited;
import org.flipside.program.Side;
import org.flipside.testing.Race;
import org.flipside.testing.Race.Contender;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails written once by key, and attachments carried through to SMTP, on a real database and a real SMTP server.
 */
abstract class OutboxOnceContract {

    static final String CALENDAR = "text/calendar; method=REQUEST; charset=UTF-8";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Outbox outbox;
    @Autowired
    TestClock clock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aSecondMailWithTheSameKeyIsNotWritten() {
        String key = Unique.username("once");
        assertThat(outbox.add(mail(key, "first"), clock.instant())).isTrue();
        assertThat(outbox.add(mail(key, "second"), clock.instant())).isFalse();
        assertThat(outbox.byReference(key)).singleElement()
                .satisfies(m -> assertThat(m.body()).isEqualTo("first"))
                .satisfies(m -> assertThat(m.dedupKey()).isEqualTo(key));
    }

    @Test
    void anInvitationEventDeliveredTwiceIsMailedOnce() throws InterruptedException {
        long participantId = Long.parseLong(Unique.username("p").substring(2)) + 1_000_000_000L;
        ParticipantInvited invited = new ParticipantInvited(participantId, 1, "Bridging", Side.MENTOR, "E1",
                "Ada Byron", Unique.username("inv") + "@example.org", clock.instant());
        for (int delivery = 0; delivery < 2; delivery++) {
            transactions.executeWithoutResult(status -> events.publishEvent(invited));
            for (int i = 0; i < 100 && jdbc.sql("select count(*) from event_publication where completion_date is null "
                    + "and serialized_event like :id").param("id", "%\"participantId\":" + participantId + "%")
                    .query(Long.class).single() > 0; i++) {
                Thread.sleep(50);
            }
        }
        assertThat(outbox.byReference("participant:" + participantId)).hasSize(1);
    }

    @Test
    void mailsWithoutAKeyAreAllWritten() {
        String tag = Unique.username("nokey");
        outbox.add(OutgoingMail.of(tag + "@example.org", "A", "one", tag), clock.instant());
        outbox.add(OutgoingMail.of(tag + "@example.org", "A", "one", tag), clock.instant());
        assertThat(outbox.byReference(tag)).hasSize(2);
    }

    /**
     * Both writers work inside a transaction of their own and carry on after the contested write; on PostgreSQL the
     * loser's transaction must still be usable, so its second mail is there too.
     */
    @RepeatedTest(4)
    void twoConcurrentWritersOfOneKeyLeaveOneMailAndBothCarryOn() throws Exception {
        String key = Unique.username("race");
        List<Contender<Boolean>> contenders = new ArrayList<>();
        for (String writer : List.of("a", "b")) {
            contenders.add(new Contender<>(() -> { }, () -> transactions.execute(status -> {
                boolean wrote = outbox.add(mail(key, writer), clock.instant());
                outbox.add(OutgoingMail.of(key + "@example.org", "after", writer, key + ":after"), clock.instant());
                return wrote;
            })));
        }
        @SuppressWarnings("unchecked")
        List<Boolean> wrote = Race.run(contenders.toArray(Contender[]::new));
        assertThat(wrote).containsExactlyInAnyOrder(true, false);
        assertThat(jdbc.sql("select count(*) from mail_outbox where dedup_key = :key").param("key", key)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(outbox.byReference(key + ":after")).extracting(OutboxMessage::body)
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void anAttachmentIsSentAsItsOwnPartWithItsContentType() throws Exception {
        String tag = Unique.username("ics");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nPRODID:-//Flipside//test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:" + tag + "\r\nSUMMARY:Café\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        outbox.add(new OutgoingMail(tag + "@example.org", "Session", "See the invitation.", tag,
                new MailAttachment("invite.ics", CALENDAR, ics), tag), clock.instant());
        OutboxMessage stored = outbox.byReference(tag).get(0);
        assertThat(stored.attachment()).isEqualTo(new MailAttachment("invite.ics", CALENDAR, ics));

        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        OutboxSender sender = new OutboxSender(outbox, mail, clock, "attach", "flipside@example.org",
                Duration.ofMinutes(5));
        for (int round = 0; round < 100 && outbox.get(stored.id()).sentAt() == null; round++) {
            sender.sendPending();
        }
        MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(tag + "@example.org")).findFirst().orElseThrow();
        MimeMultipart parts = (MimeMultipart) received.getContent();
        BodyPart text = null;
        BodyPart calendar = null;
        for (BodyPart part : leaves(parts)) {
            if (part.isMimeType("text/calendar")) {
                calendar = part;
            } else if (part.isMimeType("text/plain")) {
                text = part;
            }
        }
        assertThat(text).isNotNull();
        assertThat((String) text.getContent()).isEqualTo("See the invitation.");
        assertThat(calendar).isNotNull();
        assertThat(calendar.getFileName()).isEqualTo("invite.ics");
        assertThat(calendar.getContentType()).containsIgnoringCase("method=REQUEST");
        try (InputStream in = calendar.getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ics);
        }
    }

    private static List<BodyPart> leaves(MimeMultipart multipart) throws Exception {
        List<BodyPart> leaves = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                leaves.addAll(leaves(nested));
            } else {
                leaves.add(part);
            }
        }
        return leaves;
    }

    private static OutgoingMail mail(String key, String body) {
        return new OutgoingMail(key + "@example.org", "Reminder", body, key, null, key);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
