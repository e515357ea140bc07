package org.flipside.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.ProgramTestUsers.actAs;
import static org.flipside.training.TrainingFixture.rightAnswers;

import java.util.List;
import java.util.Map;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.testing.TestClock;
import org.flipside.training.module.ModuleCatalogue;
import org.flipside.training.module.TrainingModule;
import org.flipside.training.progress.ModuleAttempts;
import org.flipside.training.setting.TrainingSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** What other modules read of training: the program's requirement and who completed their side's modules. */
abstract class TrainingProgressContract {

    @Autowired
    TrainingProgress progress;
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
    void aProgramDoesNotRequireTrainingUntilItsManagerSaysSo() {
        assertThat(progress.requiredBeforePairing(program)).isFalse();

        actAs(manager.auth());
        long version = settings.change(program, true, 0).version();
        assertThat(progress.requiredBeforePairing(program)).isTrue();

        settings.change(program, false, version);
        assertThat(progress.requiredBeforePairing(program)).isFalse();
    }

    @Test
    void aParticipantIsCompleteOnceEveryModuleOfTheirSideIsPassed() {
        Person mentor = fixture.person(Role.EMPLOYEE);
        long participant = fixture.approved(program, mentor, Side.MENTOR, clock.instant());
        List<TrainingModule> modules = catalogue.forSide(Side.MENTOR);
        actAs(mentor.auth());

        for (TrainingModule module : modules) {
            assertThat(progress.complete(participant)).isFalse();
            attempts.submit(participant, module.code(), rightAnswers(module));
        }

        assertThat(progress.complete(participant)).isTrue();
    }

    @Test
    void theBulkReadAnswersForEveryKnownParticipantAndLeavesUnknownIdsOut() {
        Person done = fixture.person(Role.EMPLOYEE);
        Person started = fixture.person(Role.EMPLOYEE);
        long doneId = fixture.approved(program, done, Side.MENTEE, clock.instant());
        long startedId = fixture.approved(program, started, Side.MENTEE, clock.instant());
        List<TrainingModule> modules = catalogue.forSide(Side.MENTEE);
        actAs(done.auth());
        modules.forEach(m -> attempts.submit(doneId, m.code(), rightAnswers(m)));
        actAs(started.auth());
        attempts.submit(startedId, modules.get(0).code(), rightAnswers(modules.get(0)));
        long unknown = jdbc.sql("select coalesce(max(id), 0) + 1000 from participant").query(Long.class).single();

        Map<Long, Boolean> complete = progress.complete(List.of(doneId, startedId, unknown));

        assertThat(complete).containsOnly(Map.entry(doneId, true), Map.entry(startedId, modules.size() == 1));
        assertThat(progress.complete(unknown)).isFalse();
        assertThat(progress.complete(List.of())).isEmpty();
    }

    @Test
    void aMentorsPassesDoNotCountForTheMenteeSide() {
        Person mentor = fixture.person(Role.EMPLOYEE);
        long participant = fixture.approved(program, mentor, Side.MENTOR, clock.instant());
        jdbc.sql("insert into training_module_passed (participant_id, module_code, passed_at) "
                        + "values (:id, :code, current_timestamp)")
                .param("id", participant).param("code", catalogue.codes(Side.MENTEE).get(0)).update();

        assertThat(progress.complete(participant)).isFalse();
        assertThat(progress.complete(List.of(participant))).containsEntry(participant, false);
    }
}
