package org.flipside.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.flipside.notification.digest.DigestEntries;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutboxMessage;
import org.flipside.notification.preference.NotificationPreferences;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.ReminderRecipient;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** A due reminder becomes one mail or one digest entry, by the recipient's choice, however often it arrives. */
abstract class ReminderMailsContract {

    @Autowired
    ReminderTexts texts;
    @Autowired
    Outbox outbox;
    @Autowired
    DigestEntries digest;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MessageSource messages;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    /** The listener called on this thread (the bean's calls run asynchronously, after a commit). */
    ReminderMails mails;

    @BeforeEach
    void setUp() {
        TestReminderKinds.register(messages);
        mails = new ReminderMails(texts, preferences, outbox, digest, clock);
    }

    @Test
    void anImmediateReminderIsOneMailWordedFromItsKindWithTheFullLink() throws InterruptedException {
        String email = Unique.username("now") + "@example.org";
        ReminderDue due = reminder(email, "Europe/Berlin");
        publish(due);
        OutboxMessage mail = awaitMail(due.key());
        assertThat(mail.recipient()).isEqualTo(email);
        assertThat(mail.subject()).isEqualTo("Check in with Sam Lee");
        assertThat(mail.body()).isEqualTo("Hello Ada Byron,\n\nit is time to check in with Sam Lee about your goals."
                + "\n\nOpen your pair:\nhttp://localhost:8080/pairs/7");
        assertThat(mail.dedupKey()).isEqualTo(due.key());

        publish(due);
        awaitListenersDone(due.key());
        mails.on(due);
        assertThat(outbox.byReference("reminder:" + due.key())).as("delivered again, written once").hasSize(1);
    }

    @Test
    void aDigestReaderGetsAnEntryInsteadOfAMail() {
        String email = Unique.username("weekly") + "@example.org";
        preferences.save(email.toUpperCase(), "WEEKLY_DIGEST", 0L);
        ReminderDue due = reminder(email, "America/New_York");
        mails.on(due);
        mails.on(due);
        assertThat(outbox.byReference("reminder:" + due.key())).isEmpty();
        assertThat(digest.waitingFor(email)).singleElement().satisfies(w -> {
            assertThat(w.entry().subject()).isEqualTo("Check in with Sam Lee");
            assertThat(w.entry().link()).isEqualTo("http://localhost:8080/pairs/7");
            assertThat(w.entry().timeZone()).isEqualTo("America/New_York");
        });
    }

    @Test
    void aKindWithoutTextsFailsInsteadOfMailingNonsense() {
        String email = Unique.username("notext") + "@example.org";
        ReminderDue due = new ReminderDue(Unique.username("k"), new ReminderRecipient(email, "Ada", "UTC"),
                "no.such-kind", List.of(), "/pairs/1", clock.instant());
        assertThatThrownBy(() -> mails.on(due)).isInstanceOf(NoSuchMessageException.class)
                .hasMessageContaining("notification.reminder.no.such-kind.subject");
        assertThat(outbox.byReference("reminder:" + due.key())).isEmpty();
    }

    private ReminderDue reminder(String email, String zone) {
        return new ReminderDue("test-check-in:" + Unique.username("r"), new ReminderRecipient(email, "Ada Byron", zone),
                TestReminderKinds.KIND, List.of("Sam Lee", "your goals"), "/pairs/7", Instant.now(clock));
    }

    private void publish(ReminderDue due) {
        transactions.executeWithoutResult(status -> events.publishEvent(due));
    }

    /** Waits until every listener of events mentioning {@code key} has finished. */
    private void awaitListenersDone(String key) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Long open = jdbc.sql("select count(*) from event_publication where completion_date is null "
                    + "and serialized_event like :key").param("key", "%" + key + "%").query(Long.class).single();
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("listeners still busy with " + key);
    }

    private OutboxMessage awaitMail(String key) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<OutboxMessage> found = outbox.byReference("reminder:" + key);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no mail for reminder " + key);
    }
}
