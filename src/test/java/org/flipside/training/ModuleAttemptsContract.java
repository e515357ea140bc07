package org.flipside.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.flipside.program.ProgramTestUsers.actAs;
import static org.flipside.training.TrainingFixture.lastWrong;
import static org.flipside.training.TrainingFixture.rightAnswers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.testing.TestClock;
import org.flipside.training.module.ModuleCatalogue;
import org.flipside.training.module.TrainingModule;
import org.flipside.training.progress.AttemptResult;
import org.flipside.training.progress.ModuleAttempts;
import org.flipside.training.progress.MyTraining;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Answering modules on a real database: the passing rule, recorded attempts, who may answer, and completion once. */
@RecordApplicationEvents
abstract class ModuleAttemptsContract {

    @Autowired
    ModuleAttempts attempts;
    @Autowired
    MyTraining mine;
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
    Person mentor;
    long program;
    long participant;
    List<TrainingModule> modules;

    @BeforeEach
    void approvedMentor() {
        fixture = new TrainingFixture(jdbc, accounts, directory, programs);
        program = fixture.program(fixture.person(Role.PROGRAM_MANAGER), "MATCHING");
        mentor = fixture.person(Role.EMPLOYEE);
        participant = fixture.approved(program, mentor, Side.MENTOR, clock.instant());
        modules = catalogue.forSide(Side.MENTOR);
        actAs(mentor.auth());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWrongAnswerFailsTheModuleNamesTheQuestionAndExplainsEveryAnswer() {
        TrainingModule module = modules.get(0);

        AttemptResult result = attempts.submit(participant, module.code(), lastWrong(module));

        int last = module.questions().size();
        assertThat(result.passed()).isFalse();
        assertThat(result.trainingCompleted()).isFalse();
        assertThat(result.wrong()).containsExactly(last);
        assertThat(result.outcomes()).hasSize(last);
        assertThat(result.outcomes().get(last - 1).explanation())
                .isEqualTo(module.questions().get(last - 1).explanation());
        assertThat(mine.module(participant, module.code()).passed()).isFalse();
        assertThat(mine.module(participant, module.code()).attempts()).isEqualTo(1);
        assertThat(jdbc.sql("select wrong from training_attempt where participant_id = :id").param("id", participant)
                .query(String.class).single()).isEqualTo(String.valueOf(last));
    }

    @Test
    void tryingAgainWithEveryAnswerRightPassesAndAPassIsNeverTakenBack() {
        TrainingModule module = modules.get(0);
        attempts.submit(participant, module.code(), lastWrong(module));

        Instant passedAround = clock.instant();
        AttemptResult passed = attempts.submit(participant, module.code(), rightAnswers(module));
        clock.advance(Duration.ofMinutes(1));
        AttemptResult laterFailure = attempts.submit(participant, module.code(), lastWrong(module));

        assertThat(passed.passed()).isTrue();
        assertThat(passed.wrong()).isEmpty();
        assertThat(laterFailure.passed()).isFalse();
        var status = mine.module(participant, module.code());
        assertThat(status.passed()).isTrue();
        assertThat(status.passedAt()).isNotNull().isBefore(passedAround.plusSeconds(60));
        assertThat(status.attempts()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from training_module_passed where participant_id = :id")
                .param("id", participant).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnansweredQuestionOrAnUnknownOptionIsRefusedAndNothingIsRecorded() {
        TrainingModule module = modules.get(0);
        Map<Integer, Integer> missing = rightAnswers(module);
        missing.remove(1);
        Map<Integer, Integer> unknown = rightAnswers(module);
        unknown.put(2, 9);
        unknown.put(99, 0);

        assertThatThrownBy(() -> attempts.submit(participant, module.code(), missing))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(tuple("q1", "training.answer.missing")));
        assertThatThrownBy(() -> attempts.submit(participant, module.code(), unknown))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("q2", "q99"));
        assertThat(jdbc.sql("select count(*) from training_attempt where participant_id = :id")
                .param("id", participant).query(Long.class).single()).isZero();
    }

    @Test
    void someoneElsesParticipationAndTheOtherSidesModulesAreNotFound() {
        Person other = fixture.person(Role.EMPLOYEE);
        long theirs = fixture.approved(program, other, Side.MENTEE, clock.instant());
        TrainingModule menteeModule = catalogue.forSide(Side.MENTEE).get(0);

        assertThatThrownBy(() -> attempts.submit(theirs, menteeModule.code(), rightAnswers(menteeModule)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.of(theirs)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempts.submit(participant, menteeModule.code(), rightAnswers(menteeModule)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> mine.module(participant, "no-such-module")).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from training_attempt where participant_id in (:ids)")
                .param("ids", List.of(participant, theirs)).query(Long.class).single()).isZero();
    }

    @Test
    void trainingOpensOnlyOnceTheParticipationIsApproved() {
        Person applicant = fixture.person(Role.EMPLOYEE);
        long applied = fixture.participant(program, applicant, Side.MENTOR, "APPLIED", clock.instant());
        actAs(applicant.auth());

        assertThatThrownBy(() -> attempts.submit(applied, modules.get(0).code(), rightAnswers(modules.get(0))))
                .isInstanceOf(RuleViolationException.class);
        assertThat(mine.overview()).isEmpty();
    }

    @Test
    void passingTheLastModulePublishesCompletionOnceAndLaterPassesDoNot() {
        for (TrainingModule module : modules) {
            AttemptResult result = attempts.submit(participant, module.code(), rightAnswers(module));
            assertThat(result.trainingCompleted()).isEqualTo(module == modules.get(modules.size() - 1));
        }
        attempts.submit(participant, modules.get(0).code(), rightAnswers(modules.get(0)));

        assertThat(events.stream(TrainingCompleted.class).filter(e -> e.participantId() == participant))
                .singleElement()
                .satisfies(e -> assertThat(e.programId()).isEqualTo(program));
        assertThat(mine.of(participant).complete()).isTrue();
        assertThat(mine.overview()).singleElement().satisfies(t -> assertThat(t.passedCount())
                .isEqualTo(modules.size()));
    }
}
