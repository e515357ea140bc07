package org.flipside.pairing.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.testing.Race;
import org.flipside.testing.Race.Contender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The cadence reminder job: due and overdue meetings remind both people once per occasion, disengagement of the
 * senior nudges the program's managers and never the junior mentor, and two instances running the job at once issue
 * each reminder once.
 */
@RecordApplicationEvents
abstract class CadenceRemindersContract {

    @Autowired
    CadenceReminders job;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    PairFixture fixture;
    SessionRows sessions;
    Scene scene;
    Instant now;

    @BeforeEach
    void aWeeklyPair() {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        sessions = new SessionRows(jdbc);
        scene = fixture.scene();
        jdbc.sql("update program set cadence = 'WEEKLY' where id = :id").param("id", scene.program()).update();
        now = clock.instant();
    }

    List<ReminderDue> issuedFor(long pairId) {
        return events.stream(ReminderDue.class).filter(r -> r.key().split(":")[1].equals(String.valueOf(pairId)))
                .toList();
    }

    String email(String username) {
        return accounts.findByUsername(username).orElseThrow().email();
    }

    String memberEmail(long participantId) {
        PairView pair = PairFixture.as(scene.manager(), () -> pairs.get(scene.pairId()));
        return pair.mentee().participantId() == participantId ? pair.mentee().email() : pair.mentor().email();
    }

    @Test
    void aDueMeetingRemindsBothPeopleOnceAndANewHeldSessionStartsANewOccasion() {
        sessions.activatedAt(scene.pairId(), now.minus(Duration.ofDays(9)));

        job.remind();
        job.remind();

        List<ReminderDue> first = issuedFor(scene.pairId());
        assertThat(first).extracting(ReminderDue::kind).containsExactly("pair.due", "pair.due");
        assertThat(first).extracting(r -> r.recipient().email()).containsExactlyInAnyOrder(
                memberEmail(scene.menteeParticipant()), memberEmail(scene.mentorParticipant()));
        assertThat(first.get(0).link()).isEqualTo("/pairs/" + scene.pairId() + "/sessions");

        // They met six days ago: the meeting after that one is due again, a new occasion.
        sessions.held(scene.pairId(), now.minus(Duration.ofDays(6)));
        job.remind();
        job.remind();

        List<ReminderDue> all = issuedFor(scene.pairId());
        assertThat(all).hasSize(4).extracting(ReminderDue::kind).containsOnly("pair.due");
        assertThat(all.stream().map(ReminderDue::key).distinct()).hasSize(4);
        long heldDay = Math.floorDiv(now.minus(Duration.ofDays(6)).getEpochSecond(), 86_400L);
        assertThat(all.subList(2, 4)).allSatisfy(r -> assertThat(r.key())
                .startsWith("pair-due:" + scene.pairId() + ":" + heldDay + ":"));
    }

    @Test
    void anOnTrackPairHearsNothing() {
        sessions.activatedAt(scene.pairId(), now.minus(Duration.ofDays(20)));
        sessions.held(scene.pairId(), now.minus(Duration.ofDays(5)));
        sessions.scheduled(scene.pairId(), now.plus(Duration.ofDays(1)));

        job.remind();

        assertThat(issuedFor(scene.pairId())).isEmpty();
    }

    @Test
    void theSeniorsDisengagementNudgesTheManagersAndNeverTheJunior() {
        sessions.activatedAt(scene.pairId(), now.minus(Duration.ofDays(30)));
        long missed = sessions.noShow(scene.pairId(), now.minus(Duration.ofDays(25)), "MENTEE");
        sessions.cancelledBy(scene.pairId(), now.minus(Duration.ofDays(20)), "MENTEE");
        long lastCancelled = sessions.cancelledBy(scene.pairId(), now.minus(Duration.ofDays(10)), "MENTEE");

        job.remind();
        job.remind();

        String manager = email(scene.manager().username());
        String junior = memberEmail(scene.mentorParticipant());
        String senior = memberEmail(scene.menteeParticipant());
        List<ReminderDue> issued = issuedFor(scene.pairId());
        assertThat(issued.stream().filter(r -> r.recipient().email().equals(manager)).map(ReminderDue::kind))
                .containsExactlyInAnyOrder("pair.atrisk.manager", "senior.cancelled.manager",
                        "senior.noshow.manager");
        assertThat(issued.stream().filter(r -> r.recipient().email().equals(junior)).map(ReminderDue::kind))
                .containsExactly("pair.overdue");
        assertThat(issued.stream().filter(r -> r.recipient().email().equals(senior)).map(ReminderDue::kind))
                .containsExactly("pair.overdue");
        assertThat(issued.stream().filter(r -> r.kind().endsWith(".manager")).map(r -> r.recipient().email()))
                .containsOnly(manager);
        assertThat(issued).extracting(ReminderDue::key).contains(
                "senior-cancelled:" + scene.pairId() + ":" + lastCancelled + ":" + scene.manager().username(),
                "senior-noshow:" + scene.pairId() + ":" + missed + ":" + scene.manager().username());
        assertThat(issued.stream().filter(r -> r.kind().equals("pair.atrisk.manager")).findFirst().orElseThrow()
                .arguments()).endsWith("4");
    }

    @Test
    void aJuniorWhoAlsoManagesTheProgramIsStillNeverNudgedAboutTheirSenior() {
        jdbc.sql("insert into program_manager (program_id, username) values (:program, :username)")
                .param("program", scene.program()).param("username", scene.mentor().username()).update();
        sessions.activatedAt(scene.pairId(), now.minus(Duration.ofDays(30)));
        sessions.noShow(scene.pairId(), now.minus(Duration.ofDays(3)), "MENTEE");

        job.remind();

        String junior = memberEmail(scene.mentorParticipant());
        assertThat(issuedFor(scene.pairId()).stream().filter(r -> r.recipient().email().equals(junior))
                .map(ReminderDue::kind)).containsExactly("pair.overdue");
        assertThat(issuedFor(scene.pairId()).stream().map(ReminderDue::kind)).contains("senior.noshow.manager");
    }

    @Test
    void theJuniorCancellingAndMissingIsNeverANudgeAboutTheSeniorAndGoesToNobody() {
        sessions.activatedAt(scene.pairId(), now.minus(Duration.ofDays(4)));
        sessions.cancelledBy(scene.pairId(), now.minus(Duration.ofDays(3)), "MENTOR");
        sessions.noShow(scene.pairId(), now.minus(Duration.ofDays(2)), "MENTOR");
        sessions.cancelledBy(scene.pairId(), now.minus(Duration.ofDays(1)), "MENTOR");

        job.remind();

        assertThat(issuedFor(scene.pairId())).isEmpty();
    }

    @Test
    void twoInstancesRunningTheJobAtOnceIssueEachReminderOnce() throws Exception {
        sessions.activatedAt(scene.pairId(), now.minus(Duration.ofDays(30)));
        sessions.noShow(scene.pairId(), now.minus(Duration.ofDays(25)), "BOTH");
        Scene second = fixture.pairIn(scene.program(), scene.manager());
        sessions.activatedAt(second.pairId(), now.minus(Duration.ofDays(6)));

        List<List<String>> runs = Race.run(new Contender<>(() -> { }, job::remind),
                new Contender<>(() -> { }, job::remind));

        List<String> mine = new ArrayList<>();
        runs.forEach(run -> run.stream().filter(key -> key.split(":")[1].equals(String.valueOf(scene.pairId()))
                || key.split(":")[1].equals(String.valueOf(second.pairId()))).forEach(mine::add));
        Set<String> kinds = mine.stream().map(key -> key.substring(0, key.indexOf(':'))).collect(Collectors.toSet());
        assertThat(mine).doesNotHaveDuplicates().hasSize(2 + 2 + 1 + 1);
        assertThat(kinds).containsExactlyInAnyOrder("pair-overdue", "pair-due", "pair-atrisk", "senior-noshow");
        for (String key : mine) {
            assertThat(jdbc.sql("select count(*) from reminder_log where reminder_key = :key").param("key", key)
                    .query(Long.class).single()).isEqualTo(1);
        }
        assertThat(job.remind()).noneMatch(mine::contains);
    }
}
