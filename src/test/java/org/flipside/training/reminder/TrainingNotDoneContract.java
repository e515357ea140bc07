package org.flipside.training.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.ProgramTestUsers.actAs;
import static org.flipside.training.TrainingFixture.rightAnswers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.reminder.ReminderDue;
import org.flipside.shared.reminder.Reminders;
import org.flipside.testing.TestClock;
import org.flipside.training.TrainingFixture;
import org.flipside.training.module.ModuleCatalogue;
import org.flipside.training.progress.ModuleAttempts;
import org.flipside.training.setting.TrainingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Who is reminded that their training is not done, and when. Approval times are set relative to the shared test clock,
 * which moves forward only by minutes here.
 */
@RecordApplicationEvents
abstract class TrainingNotDoneContract {

    private static final Duration DAY = Duration.ofDays(1);

    @Autowired
    TrainingNotDone job;
    @Autowired
    Reminders reminders;
    @Autowired
    TrainingSettings settings;
    @Autowired
    ModuleAttempts attempts;
    @Autowired
    ModuleCatalogue catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    TrainingFixture fixture;
    Person manager;
    long program;

    @BeforeEach
    void requiringProgram() {
        fixture = new TrainingFixture(jdbc, accounts, directory, programs);
        manager = fixture.person(Role.PROGRAM_MANAGER);
        program = requiring("RUNNING");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aParticipantIsRemindedThreeDaysAfterApprovalAndNotBefore() {
        Person mentor = fixture.person(Role.EMPLOYEE);
        long participant = fixture.approved(program, mentor, Side.MENTOR, clock.instant().minus(DAY.multipliedBy(3))
                .plusSeconds(60));

        job.issueDue();
        assertThat(reminders.issued(TrainingNotDone.key(participant, 3))).isFalse();

        clock.advance(Duration.ofMinutes(2));
        job.issueDue();

        assertThat(reminders.issued(TrainingNotDone.key(participant, 3))).isTrue();
        assertThat(reminders.issued(TrainingNotDone.key(participant, 10))).isFalse();
        ReminderDue due = events.stream(ReminderDue.class)
                .filter(r -> r.key().equals(TrainingNotDone.key(participant, 3))).findFirst().orElseThrow();
        assertThat(due.kind()).isEqualTo("training.notdone");
        assertThat(due.recipient().fullName()).isEqualTo("Name " + mentor.employeeNumber());
        assertThat(due.recipient().email()).contains("@");
        assertThat(due.recipient().timeZone()).isEqualTo("Europe/Paris");
        assertThat(due.arguments()).containsExactly(programName(),
                String.valueOf(catalogue.forSide(Side.MENTOR).size()));
        assertThat(due.link()).isEqualTo("/me/training");
    }

    @Test
    void aRunThatFindsNothingNewIssuesNothingTwice() {
        Person mentee = fixture.person(Role.EMPLOYEE);
        long participant = fixture.approved(program, mentee, Side.MENTEE, clock.instant().minus(DAY.multipliedBy(4)));

        job.issueDue();
        job.issueDue();

        assertThat(events.stream(ReminderDue.class).filter(r -> r.key().equals(TrainingNotDone.key(participant, 3))))
                .hasSize(1);
        assertThat(jdbc.sql("select count(*) from reminder_log where reminder_key like :key")
                .param("key", "training-not-done:" + participant + ":%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void afterTenDaysTheSecondReminderGoesOutAndSomeoneFoundLateGetsOnlyThat() {
        Person early = fixture.person(Role.EMPLOYEE);
        long remindedAtThree = fixture.approved(program, early, Side.MENTOR,
                clock.instant().minus(DAY.multipliedBy(10)).plusSeconds(60));
        Person late = fixture.person(Role.EMPLOYEE);
        long foundLate = fixture.approved(program, late, Side.MENTEE, clock.instant().minus(DAY.multipliedBy(30)));

        job.issueDue();
        clock.advance(Duration.ofMinutes(2));
        job.issueDue();

        assertThat(reminders.issued(TrainingNotDone.key(remindedAtThree, 3))).isTrue();
        assertThat(reminders.issued(TrainingNotDone.key(remindedAtThree, 10))).isTrue();
        assertThat(reminders.issued(TrainingNotDone.key(foundLate, 3))).isFalse();
        assertThat(reminders.issued(TrainingNotDone.key(foundLate, 10))).isTrue();
    }

    @Test
    void nobodyIsRemindedWhoFinishedLeftOrIsInAProgramThatDoesNotNeedIt() {
        Instant longAgo = clock.instant().minus(DAY.multipliedBy(5));
        Person finished = fixture.person(Role.EMPLOYEE);
        long done = fixture.approved(program, finished, Side.MENTOR, longAgo);
        actAs(finished.auth());
        catalogue.forSide(Side.MENTOR).forEach(m -> attempts.submit(done, m.code(), rightAnswers(m)));
        SecurityContextHolder.clearContext();
        long withdrawn = fixture.participant(program, fixture.person(Role.EMPLOYEE), Side.MENTOR, "WITHDRAWN",
                longAgo);
        long optional = fixture.approved(fixture.program(manager, "RUNNING"), fixture.person(Role.EMPLOYEE),
                Side.MENTOR, longAgo);
        long enrolling = fixture.approved(requiring("ENROLLING"), fixture.person(Role.EMPLOYEE), Side.MENTOR,
                longAgo);
        long stillDue = fixture.approved(requiring("MATCHING"), fixture.person(Role.EMPLOYEE), Side.MENTEE, longAgo);

        job.issueDue();

        for (long participant : List.of(done, withdrawn, optional, enrolling)) {
            assertThat(reminders.issued(TrainingNotDone.key(participant, 3))).as("participant %d", participant)
                    .isFalse();
        }
        assertThat(reminders.issued(TrainingNotDone.key(stillDue, 3))).isTrue();
    }

    private long requiring(String state) {
        long id = fixture.program(manager, "MATCHING");
        actAs(manager.auth());
        settings.change(id, true, 0);
        SecurityContextHolder.clearContext();
        jdbc.sql("update program set state = :state where id = :id").param("state", state).param("id", id).update();
        return id;
    }

    private String programName() {
        return jdbc.sql("select name from program where id = :id").param("id", program).query(String.class).single();
    }
}
