package org.flipside.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flipside.notification.digest.WeeklyDigest;
import org.flipside.notification.preference.NotificationPreferences;
import org.flipside.notification.reminder.TestReminderKinds;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.ReminderRecipient;
import org.flipside.shared.reminder.Reminders;
import org.flipside.testing.OnPostgres;
import org.flipside.testing.Race;
import org.flipside.testing.Race.Contender;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * End to end on one real PostgreSQL, as two application instances would share it: two reminder jobs issuing the same
 * reminder at once, the event then delivered again (as when a restart republishes it), digests written by two
 * instances at once, and two mail deliveries racing over the outbox. The SMTP server receives each mail once.
 */
@OnPostgres
class ReminderExactlyOnceOnPostgresTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Outbox outbox;
    @Autowired
    Reminders reminders;
    @Autowired
    WeeklyDigest digest;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    MailProperties properties;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @Test
    void aReminderDeliveredTwiceAndSentByTwoInstancesArrivesOnce() throws Exception {
        TestReminderKinds.register(messages);
        String now = Unique.username("now") + "@example.org";
        String weekly = Unique.username("weekly") + "@example.org";
        preferences.save(weekly, "WEEKLY_DIGEST", 0L);
        ReminderDue toNow = reminder(now);
        ReminderDue toWeekly = reminder(weekly);
        for (ReminderDue due : List.of(toNow, toWeekly)) {
            List<Boolean> issued = Race.run(new Contender<>(() -> { }, () -> reminders.issue(due)),
                    new Contender<>(() -> { }, () -> reminders.issue(due)));
            assertThat(issued).as("two instances' reminder jobs").containsExactlyInAnyOrder(true, false);
            awaitListenersDone(due.key());
            publish(due);
            awaitListenersDone(due.key());
        }

        Instant monday = Instant.parse("2026-11-30T09:00:00Z");
        List<Integer> digests = Race.run(new Contender<>(() -> { }, () -> digest.sendTo(weekly, monday) ? 1 : 0),
                new Contender<>(() -> { }, () -> digest.sendTo(weekly, monday) ? 1 : 0));
        assertThat(digests).containsExactlyInAnyOrder(1, 0);

        MailDelivery first = delivery();
        MailDelivery second = delivery();
        Race.run(new Contender<>(() -> { }, () -> deliverUntilSent(first, toNow.key(), weekly)),
                new Contender<>(() -> { }, () -> deliverUntilSent(second, toNow.key(), weekly)));

        List<MimeMessage> toNowMails = received(now);
        assertThat(toNowMails).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Check in with Sam Lee"));
        List<MimeMessage> toWeeklyMails = received(weekly);
        assertThat(toWeeklyMails).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).contains("1 reminder");
            assertThat(m.getContent().toString()).containsOnlyOnce("Check in with Sam Lee");
        });
    }

    private ReminderDue reminder(String email) {
        return new ReminderDue("exactly-once:" + Unique.username("r"), new ReminderRecipient(email, "Ada Byron",
                "Europe/Berlin"), TestReminderKinds.KIND, List.of("Sam Lee", "your goals"), "/pairs/7",
                clock.instant());
    }

    private MailDelivery delivery() {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        return new MailDelivery(outbox, new StaticListableBeanFactory(Map.of("smtp", mail))
                .getBeanProvider(JavaMailSender.class), clock, properties);
    }

    /** Runs the scheduled delivery until both mails went out, then a few rounds more. */
    private Boolean deliverUntilSent(MailDelivery delivery, String reminderKey, String weekly) {
        for (int round = 0; round < 200 && !sent(reminderKey, weekly); round++) {
            delivery.deliver();
        }
        for (int round = 0; round < 3; round++) {
            delivery.deliver();
        }
        return sent(reminderKey, weekly);
    }

    private boolean sent(String reminderKey, String weekly) {
        return jdbc.sql("select count(*) from mail_outbox where sent_at is not null and (dedup_key = :key "
                        + "or recipient = :weekly)").param("key", reminderKey).param("weekly", weekly)
                .query(Long.class).single() == 2;
    }

    private void publish(ReminderDue due) {
        transactions.executeWithoutResult(status -> events.publishEvent(due));
    }

    private void awaitListenersDone(String key) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (jdbc.sql("select count(*) from event_publication where completion_date is null "
                    + "and serialized_event like :key").param("key", "%" + key + "%").query(Long.class).single() == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("listeners still busy with " + key);
    }

    private static List<MimeMessage> received(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
