package org.flipside.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Enrollment;
import org.flipside.program.EnrollmentFixture;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The outbox on a real database with a real SMTP server: instances sending at the same time deliver each message
 * exactly once, and a message claimed by an instance that stopped is taken over after the stale limit.
 */
abstract class OutboxSenderContract {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Outbox outbox;
    @Autowired
    TestClock clock;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Enrollment enrollment;

    @Test
    void anInvitationPutsAMailWithALinkToTheParticipationInTheOutbox() throws InterruptedException {
        EnrollmentFixture fixture = new EnrollmentFixture(accounts, directory, programs);
        EnrollmentFixture.Person manager = fixture.person(5, Role.PROGRAM_MANAGER);
        EnrollmentFixture.Person junior = fixture.person(2, Role.EMPLOYEE);
        ProgramView program = fixture.enrollingProgram(manager);
        ParticipantView invited;
        try {
            invited = enrollment.invite(program.id(), Side.MENTOR, List.of(junior.employeeNumber())).get(0);
        } finally {
            SecurityContextHolder.clearContext();
        }
        List<OutboxMessage> mails = List.of();
        for (int i = 0; i < 50 && mails.isEmpty(); i++) {
            mails = outbox.byReference("participant:" + invited.id());
            Thread.sleep(mails.isEmpty() ? 100 : 0);
        }
        assertThat(mails).hasSize(1);
        OutboxMessage mail = mails.get(0);
        assertThat(mail.recipient()).isEqualTo(junior.username() + "@example.org");
        assertThat(mail.subject()).contains(program.name());
        assertThat(mail.body()).contains("http://localhost:8080/me/programs/" + invited.id()).contains("mentor");
        assertThat(mail.sentAt()).isNull();
    }

    @Test
    void twoConcurrentSendersSendEveryMessageExactlyOnce() throws Exception {
        String tag = Unique.username("mail");
        int count = 120;
        for (int i = 0; i < count; i++) {
            outbox.add(tag + "." + i + "@example.org", "Invitation " + i, "Hello " + i, tag, clock.instant());
        }
        OutboxSender first = sender("instance-a");
        OutboxSender second = sender("instance-b");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (OutboxSender sender : List.of(first, second)) {
                runs.add(pool.submit(untilDone(sender, start)));
            }
            start.countDown();
            int sentByA = runs.get(0).get();
            int sentByB = runs.get(1).get();
            assertThat(sentByA + sentByB).isGreaterThanOrEqualTo(count);
        } finally {
            pool.shutdownNow();
        }

        Map<String, Long> received = Arrays.stream(smtp.getReceivedMessages())
                .map(OutboxSenderContract::recipient)
                .filter(to -> to.startsWith(tag + "."))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).hasSize(count);
        assertThat(received.values()).allMatch(n -> n == 1L);
        List<OutboxMessage> mine = outbox.byReference(tag);
        assertThat(mine).hasSize(count).allSatisfy(m -> {
            assertThat(m.sentAt()).isNotNull();
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.claimedBy()).isIn("instance-a", "instance-b");
        });
    }

    @Test
    void aClaimOfAStoppedInstanceIsTakenOverAfterTheStaleLimit() throws Exception {
        String tag = Unique.username("stale");
        outbox.add(tag + "@example.org", "Invitation", "Hello", tag, clock.instant());
        long id = outbox.byReference(tag).get(0).id();
        Instant now = clock.instant();
        assertThat(outbox.claim(id, "stopped", now, now.minus(Duration.ofMinutes(5)))).isTrue();
        assertThat(outbox.claim(id, "other", now, now.minus(Duration.ofMinutes(5)))).as("claimed once").isFalse();

        sender("instance-c").sendPending();
        assertThat(outbox.get(id).sentAt()).as("a fresh claim is respected").isNull();

        clock.advance(Duration.ofMinutes(6));
        sender("instance-c").sendPending();
        OutboxMessage sent = outbox.get(id);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.claimedBy()).isEqualTo("instance-c");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(OutboxSenderContract::recipient)
                .filter((tag + "@example.org")::equals)).hasSize(1);
    }

    @Test
    void aFailedDeliveryIsGivenBackForTheNextRound() {
        // Other tests share this database and leave mail waiting; send it first, so that the failing round below
        // reaches this test's message within its batch.
        for (int round = 0; round < 100 && !outbox.claimable(clock.instant(), 1).isEmpty(); round++) {
            sender("drain").sendPending();
        }
        String tag = Unique.username("fail");
        outbox.add(tag + "@example.org", "Invitation", "Hello", tag, clock.instant());
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1);
        new OutboxSender(outbox, nowhere, clock, "instance-d", "flipside@example.org", Duration.ofMinutes(5))
                .sendPending();
        OutboxMessage failed = outbox.byReference(tag).get(0);
        assertThat(failed.sentAt()).isNull();
        assertThat(failed.claimedBy()).isNull();
        assertThat(failed.lastError()).isNotBlank();

        sender("instance-e").sendPending();
        assertThat(outbox.byReference(tag).get(0).sentAt()).isNotNull();
    }

    private OutboxSender sender(String instance) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        return new OutboxSender(outbox, mail, clock, instance, "flipside@example.org", Duration.ofMinutes(5));
    }

    private static Callable<Integer> untilDone(OutboxSender sender, CountDownLatch start) {
        return () -> {
            start.await();
            int total = 0;
            int idleRounds = 0;
            while (idleRounds < 3) {
                int sent = sender.sendPending();
                total += sent;
                idleRounds = sent == 0 ? idleRounds + 1 : 0;
            }
            return total;
        };
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
