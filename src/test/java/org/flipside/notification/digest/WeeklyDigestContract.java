package org.flipside.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutboxMessage;
import org.flipside.testing.Race;
import org.flipside.testing.Race.Contender;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The weekly digest on a real database, with the time of each run given: one mail per person and ISO week from
 * Monday 08:00 in their zone, listing every waiting entry once.
 */
abstract class WeeklyDigestContract {

    @Autowired
    WeeklyDigest digest;
    @Autowired
    DigestEntries entries;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;

    @Test
    void berlinGetsItsDigestFromMondayEightCestAfterTheSpringChangeAndLaterEntriesWaitAWeek() {
        String email = Unique.username("berlin") + "@Example.org";
        add("a", email, "Europe/Berlin", "Log your session with Sam", Instant.parse("2026-03-27T10:00:00Z"));
        add("b", email, "Europe/Berlin", "Sign your agreement", Instant.parse("2026-03-28T10:00:00Z"));

        assertThat(digest.sendTo(email, Instant.parse("2026-03-30T05:59:00Z"))).as("07:59 CEST").isFalse();
        assertThat(digest.sendTo(email, Instant.parse("2026-03-30T06:00:00Z"))).as("08:00 CEST").isTrue();
        String key = "digest:" + email.toLowerCase() + ":2026-W14";
        OutboxMessage mail = outbox.byDedupKey(key).orElseThrow();
        assertThat(mail.recipient()).isEqualTo(email.toLowerCase());
        assertThat(mail.subject()).contains("2 reminders");
        assertThat(mail.body()).contains("Log your session with Sam (due Fri 27 Mar)")
                .contains("Sign your agreement (due Sat 28 Mar)").contains("/me/notifications")
                .contains("Hello Test Person");
        assertThat(entries.digestOf(email + ":a")).isEqualTo(key);
        assertThat(entries.digestOf(email + ":b")).isEqualTo(key);

        add("c", email, "Europe/Berlin", "Finish your training", Instant.parse("2026-03-31T10:00:00Z"));
        assertThat(digest.sendTo(email, Instant.parse("2026-04-02T10:00:00Z"))).as("one digest a week").isFalse();
        assertThat(entries.digestOf(email + ":c")).isNull();
        assertThat(digest.sendTo(email, Instant.parse("2026-04-06T06:00:00Z"))).isTrue();
        OutboxMessage next = outbox.byDedupKey("digest:" + email.toLowerCase() + ":2026-W15").orElseThrow();
        assertThat(next.subject()).contains("1 reminder");
        assertThat(next.body()).contains("Finish your training").doesNotContain("Sign your agreement");
    }

    @Test
    void newYorkWaitsForMondayEightEstAfterTheAutumnChange() {
        String email = Unique.username("newyork") + "@example.org";
        add("a", email, "America/New_York", "Your pair is due a session", Instant.parse("2026-10-30T10:00:00Z"));
        assertThat(digest.sendTo(email, Instant.parse("2026-11-02T12:30:00Z"))).as("07:30 EST").isFalse();
        assertThat(digest.sendTo(email, Instant.parse("2026-11-02T13:00:00Z"))).as("08:00 EST").isTrue();
        assertThat(outbox.byDedupKey("digest:" + email + ":2026-W45")).isPresent();
    }

    @Test
    void aMissedMondayIsCaughtUpLaterThatWeekAndABlankZoneMeansUtc() {
        String email = Unique.username("missed") + "@example.org";
        add("a", email, " ", "Log your session", Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(digest.sendDue(Instant.parse("2026-11-05T10:00:00Z"))).isGreaterThanOrEqualTo(1);
        assertThat(outbox.byDedupKey("digest:" + email + ":2026-W45")).isPresent();
        assertThat(entries.waitingFor(email)).isEmpty();
    }

    @RepeatedTest(3)
    void twoInstancesWritingTheSameDigestLeaveOneMail() throws Exception {
        String email = Unique.username("race") + "@example.org";
        add("a", email, "UTC", "Log your session", Instant.parse("2026-11-10T10:00:00Z"));
        add("b", email, "UTC", "Sign your agreement", Instant.parse("2026-11-11T10:00:00Z"));
        Instant monday = Instant.parse("2026-11-16T08:30:00Z");
        List<Boolean> wrote = Race.run(new Contender<>(() -> { }, () -> digest.sendTo(email, monday)),
                new Contender<>(() -> { }, () -> digest.sendTo(email, monday)));
        assertThat(wrote).containsExactlyInAnyOrder(true, false);
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :email").param("email", email)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(entries.waitingFor(email)).isEmpty();
    }

    private void add(String suffix, String email, String zone, String subject, Instant due) {
        assertThat(entries.add(new DigestEntry(email + ":" + suffix, email, "Test Person", zone, subject,
                "http://localhost:8080/pairs/1", due), due)).isTrue();
        assertThat(entries.add(new DigestEntry(email + ":" + suffix, email, "Test Person", zone, subject,
                "http://localhost:8080/pairs/1", due), due)).as("an entry is written once").isFalse();
    }
}
