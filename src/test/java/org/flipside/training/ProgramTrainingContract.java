package org.flipside.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.program.ProgramTestUsers.actAs;
import static org.flipside.training.TrainingFixture.rightAnswers;

import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.PageOf;
import org.flipside.testing.TestClock;
import org.flipside.training.module.ModuleCatalogue;
import org.flipside.training.module.TrainingModule;
import org.flipside.training.progress.ModuleAttempts;
import org.flipside.training.report.CompletionFigures;
import org.flipside.training.report.CompletionReport;
import org.flipside.training.report.ModuleCompletion;
import org.flipside.training.report.NotDone;
import org.flipside.training.report.SideCompletion;
import org.flipside.training.setting.TrainingSetting;
import org.flipside.training.setting.TrainingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What a program's managers see and change: the training requirement and completion figures. */
@RecordApplicationEvents
abstract class ProgramTrainingContract {

    @Autowired
    TrainingSettings settings;
    @Autowired
    CompletionReport report;
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
    void program() {
        fixture = new TrainingFixture(jdbc, accounts, directory, programs);
        manager = fixture.person(Role.PROGRAM_MANAGER);
        program = fixture.program(manager, "MATCHING");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void switchingTheRequirementIsVersionedAuditedAndAnnounced() {
        actAs(manager.auth());
        assertThat(settings.get(program)).isEqualTo(TrainingSetting.initial(program));

        TrainingSetting on = settings.change(program, true, 0);
        TrainingSetting off = settings.change(program, false, on.version());

        assertThat(on.requiredBeforePairing()).isTrue();
        assertThat(on.version()).isEqualTo(1);
        assertThat(on.updatedBy()).isEqualTo(manager.username());
        assertThat(off.version()).isEqualTo(2);
        assertThat(events.stream(TrainingRequirementChanged.class).filter(e -> e.programId() == program))
                .extracting(TrainingRequirementChanged::required).containsExactly(true, false);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'TRAINING_REQUIREMENT_CHANGED' "
                        + "and target_id = :id and actor = :actor")
                .param("id", String.valueOf(program)).param("actor", manager.username())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aStaleChangeIsRefusedAndKeepsWhatTheOtherManagerSaved() {
        actAs(manager.auth());
        TrainingSetting first = settings.change(program, true, 0);

        assertThatThrownBy(() -> settings.change(program, false, 0)).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> settings.change(program, false, first.version() + 5))
                .isInstanceOf(StaleEditException.class);
        assertThat(settings.get(program)).isEqualTo(first);
    }

    @Test
    void savingTheValueItAlreadyHasChangesNothingAndTellsNoOne() {
        actAs(manager.auth());
        TrainingSetting first = settings.change(program, true, 0);

        assertThat(settings.change(program, true, first.version())).isEqualTo(first);
        assertThat(events.stream(TrainingRequirementChanged.class).filter(e -> e.programId() == program)).hasSize(1);
    }

    @Test
    void aClosedProgramKeepsItsSetting() {
        jdbc.sql("update program set state = 'CLOSED' where id = :id").param("id", program).update();
        actAs(manager.auth());

        assertThatThrownBy(() -> settings.change(program, true, 0)).isInstanceOf(RuleViolationException.class);
        assertThat(settings.get(program).version()).isZero();
    }

    @Test
    void onlyTheProgramsManagersSeeOrChangeItsTraining() {
        Person otherManager = fixture.person(Role.PROGRAM_MANAGER);
        Person employee = fixture.person(Role.EMPLOYEE);
        for (Person outsider : List.of(otherManager, employee)) {
            actAs(outsider.auth());
            assertThatThrownBy(() -> settings.get(program)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> settings.change(program, true, 0)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> report.figures(program)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> report.notDone(program, 0, 10)).isInstanceOf(NotFoundException.class);
        }
        assertThat(jdbc.sql("select count(*) from training_setting where program_id = :id").param("id", program)
                .query(Long.class).single()).isZero();
    }

    @Test
    void completionIsCountedPerSideAndModuleAmongApprovedParticipants() {
        List<TrainingModule> mentorModules = catalogue.forSide(Side.MENTOR);
        Person doneMentor = fixture.person(Role.EMPLOYEE);
        Person halfMentor = fixture.person(Role.EMPLOYEE);
        Person idleMentor = fixture.person(Role.EMPLOYEE);
        Person idleMentee = fixture.person(Role.EMPLOYEE);
        Person leftMentor = fixture.person(Role.EMPLOYEE);
        long done = fixture.approved(program, doneMentor, Side.MENTOR, clock.instant().minusSeconds(300));
        long half = fixture.approved(program, halfMentor, Side.MENTOR, clock.instant().minusSeconds(200));
        long idle = fixture.approved(program, idleMentor, Side.MENTOR, clock.instant().minusSeconds(100));
        long mentee = fixture.approved(program, idleMentee, Side.MENTEE, clock.instant().minusSeconds(400));
        long left = fixture.approved(program, leftMentor, Side.MENTOR, clock.instant());
        actAs(doneMentor.auth());
        mentorModules.forEach(m -> attempts.submit(done, m.code(), rightAnswers(m)));
        actAs(halfMentor.auth());
        attempts.submit(half, mentorModules.get(0).code(), rightAnswers(mentorModules.get(0)));
        actAs(leftMentor.auth());
        mentorModules.forEach(m -> attempts.submit(left, m.code(), rightAnswers(m)));
        jdbc.sql("update participant set state = 'WITHDRAWN' where id = :id").param("id", left).update();
        actAs(manager.auth());

        CompletionFigures figures = report.figures(program);

        assertThat(figures.sides()).containsExactly(new SideCompletion(Side.MENTOR, 3, 1),
                new SideCompletion(Side.MENTEE, 1, 0));
        assertThat(figures.sides().get(0).percent()).isEqualTo(33);
        assertThat(figures.sides().get(1).percent()).isZero();
        assertThat(figures.modules()).hasSize(mentorModules.size() + catalogue.forSide(Side.MENTEE).size());
        ModuleCompletion firstModule = figures.modules().get(0);
        assertThat(firstModule.code()).isEqualTo(mentorModules.get(0).code());
        assertThat(firstModule.passed()).isEqualTo(2);
        assertThat(firstModule.participants()).isEqualTo(3);
        assertThat(firstModule.percent()).isEqualTo(67);
        assertThat(figures.modules().get(1).passed()).isEqualTo(1);
        assertThat(figures.modules()).filteredOn(m -> m.side() == Side.MENTEE)
                .allSatisfy(m -> assertThat(m.passed()).isZero());

        PageOf<NotDone> firstPage = report.notDone(program, 0, 2);
        PageOf<NotDone> secondPage = report.notDone(program, 1, 2);
        assertThat(firstPage.totalItems()).isEqualTo(3);
        assertThat(firstPage.items()).extracting(NotDone::participantId).containsExactly(mentee, half);
        assertThat(secondPage.items()).extracting(NotDone::participantId).containsExactly(idle);
        assertThat(firstPage.items().get(1).passedModules()).isEqualTo(1);
        assertThat(firstPage.items().get(1).modules()).isEqualTo(mentorModules.size());
        assertThat(firstPage.items().get(1).fullName()).isEqualTo("Name " + halfMentor.employeeNumber());
    }

    @Test
    void aProgramWithoutParticipantsShowsNothingDoneRatherThanFailing() {
        actAs(manager.auth());

        CompletionFigures figures = report.figures(program);

        assertThat(figures.sides()).allSatisfy(s -> {
            assertThat(s.participants()).isZero();
            assertThat(s.percent()).isZero();
        });
        assertThat(report.notDone(program, 0, 10).items()).isEmpty();
    }
}
