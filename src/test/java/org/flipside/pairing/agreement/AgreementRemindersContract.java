package org.flipside.pairing.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.PairFixture.as;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.Reminders;
import org.flipside.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The "agreement not signed" reminders: due 3 and 10 days after the current version was written, to each person who
 * has not signed it, once per key however often the job runs; a new version starts the count again; closed pairs
 * and signed agreements are left alone.
 */
@RecordApplicationEvents
abstract class AgreementRemindersContract {

    @Autowired
    AgreementReminders job;
    @Autowired
    AgreementService agreements;
    @Autowired
    Reminders reminders;
    @Autowired
    ApplicationEvents events;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;

    @Test
    void eachPersonWhoHasNotSignedIsRemindedOncePerVersionAndDay() {
        PairFixture fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        Scene written = fixture.scene();
        Scene blank = fixture.pairIn(written.program(), written.manager());
        Scene closed = fixture.pairIn(written.program(), written.manager());
        Scene signed = fixture.pairIn(written.program(), written.manager());
        as(written.mentee(), () -> agreements.save(written.pairId(), AgreementContract.terms("prepare"), 0));
        as(written.mentee(), () -> agreements.sign(written.pairId(), 1));
        as(signed.mentor(), () -> agreements.save(signed.pairId(), AgreementContract.terms("prepare"), 0));
        as(signed.mentor(), () -> agreements.sign(signed.pairId(), 1));
        as(signed.mentee(), () -> agreements.sign(signed.pairId(), 1));
        jdbc.sql("update mentoring_pair set state = 'COMPLETED' where id = :id").param("id", closed.pairId()).update();

        job.issueDue();
        assertThat(issued(written)).isEmpty();

        clock.advance(Duration.ofDays(3).plusMinutes(1));
        job.issueDue();
        job.issueDue();

        // Only the mentor of the written agreement has not signed; nobody of the blank one has written or signed.
        assertThat(issued(written)).containsExactly(key(written, 1, written.mentorParticipant(), 3));
        assertThat(issued(blank)).containsExactlyInAnyOrder(key(blank, 0, blank.menteeParticipant(), 3),
                key(blank, 0, blank.mentorParticipant(), 3));
        assertThat(issued(closed)).isEmpty();
        assertThat(issued(signed)).isEmpty();

        ReminderDue reminder = events.stream(ReminderDue.class)
                .filter(r -> r.key().equals(key(written, 1, written.mentorParticipant(), 3))).findFirst().orElseThrow();
        PairView pair = as(written.mentor(), () -> pairs.get(written.pairId()));
        assertThat(reminder.kind()).isEqualTo("agreement.unsigned");
        assertThat(reminder.recipient().email()).isEqualTo(pair.mentor().email());
        assertThat(reminder.recipient().timeZone()).isEqualTo(pair.mentor().timeZone());
        assertThat(reminder.link()).isEqualTo("/pairs/" + written.pairId() + "/agreement");
        String writtenOn = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(
                as(written.mentor(), () -> agreements.get(written.pairId())).current().createdAt()
                        .atZone(ZoneId.of(pair.mentor().timeZone())));
        assertThat(reminder.arguments()).containsExactly(pair.programName(), pair.mentee().fullName(), writtenOn);

        // A changed text is a new version: its own count starts, for both people again.
        as(written.mentor(), () -> agreements.save(written.pairId(), AgreementContract.terms("changed"), 1));
        // Rather than moving the shared clock another week, the new version is dated ten days back.
        jdbc.sql("update pair_agreement_version set created_at = created_at - interval '10' day "
                + "where pair_id = :pair and number = 2").param("pair", written.pairId()).update();
        job.issueDue();
        job.issueDue();

        assertThat(issued(written)).containsExactlyInAnyOrder(key(written, 1, written.mentorParticipant(), 3),
                key(written, 2, written.menteeParticipant(), 10), key(written, 2, written.mentorParticipant(), 10));
        for (String key : issued(written)) {
            assertThat(events.stream(ReminderDue.class).filter(r -> r.key().equals(key)).count()).isEqualTo(1);
        }
    }

    private List<String> issued(Scene scene) {
        return jdbc.sql("select reminder_key from reminder_log where reminder_key like :prefix order by reminder_key")
                .param("prefix", "agreement-unsigned:" + scene.pairId() + ":%").query(String.class).list();
    }

    private static String key(Scene scene, int version, long participant, int day) {
        return AgreementReminders.key(scene.pairId(), version, participant, day);
    }

    @Test
    void theLatestDayReachedIsTheOneDue() {
        java.time.Instant since = java.time.Instant.parse("2026-03-27T10:00:00Z");
        assertThat(AgreementReminders.dueDay(since, since.plus(Duration.ofDays(3)).minusSeconds(1))).isNull();
        assertThat(AgreementReminders.dueDay(since, since.plus(Duration.ofDays(3)))).isEqualTo(3);
        assertThat(AgreementReminders.dueDay(since, since.plus(Duration.ofDays(10)).minusSeconds(1))).isEqualTo(3);
        assertThat(AgreementReminders.dueDay(since, since.plus(Duration.ofDays(40)))).isEqualTo(10);
    }
}
