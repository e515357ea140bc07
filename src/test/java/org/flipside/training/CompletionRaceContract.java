package org.flipside.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.ProgramTestUsers.actAs;
import static org.flipside.training.TrainingFixture.rightAnswers;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.testing.Race;
import org.flipside.testing.TestClock;
import org.flipside.training.module.ModuleCatalogue;
import org.flipside.training.module.TrainingModule;
import org.flipside.training.progress.AttemptResult;
import org.flipside.training.progress.ModuleAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions by one participant that pass their side's last modules at the same time, on real threads: the
 * completion is recorded and announced exactly once, never twice and never not at all.
 */
abstract class CompletionRaceContract {

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
    PlatformTransactionManager transactions;

    Person mentor;
    long participant;
    List<TrainingModule> modules;

    @BeforeEach
    void approvedMentor() {
        TrainingFixture fixture = new TrainingFixture(jdbc, accounts, directory, programs);
        long program = fixture.program(fixture.person(Role.PROGRAM_MANAGER), "MATCHING");
        mentor = fixture.person(Role.EMPLOYEE);
        participant = fixture.approved(program, mentor, Side.MENTOR, clock.instant());
        modules = catalogue.forSide(Side.MENTOR);
        actAs(mentor.auth());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @RepeatedTest(3)
    void twoSubmissionsThatEachPassALastModuleTogetherPublishCompletionOnce() throws Exception {
        List<TrainingModule> allButTwo = modules.subList(0, modules.size() - 2);
        allButTwo.forEach(m -> attempts.submit(participant, m.code(), rightAnswers(m)));
        TrainingModule first = modules.get(modules.size() - 2);
        TrainingModule second = modules.get(modules.size() - 1);
        Runnable signIn = () -> actAs(mentor.auth());

        List<AttemptResult> results = Race.run(
                new Race.Contender<>(signIn, () -> attempts.submit(participant, first.code(), rightAnswers(first))),
                new Race.Contender<>(signIn, () -> attempts.submit(participant, second.code(), rightAnswers(second))),
                new Race.Contender<>(signIn, () -> attempts.submit(participant, second.code(), rightAnswers(second))));

        assertThat(results).allMatch(AttemptResult::passed);
        assertThat(results).filteredOn(AttemptResult::trainingCompleted).hasSize(1);
        assertThat(jdbc.sql("select count(*) from training_completed where participant_id = :id")
                .param("id", participant).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from event_publication where event_type = :type "
                        + "and serialized_event like :participant")
                .param("type", TrainingCompleted.class.getName())
                .param("participant", "%\"participantId\":" + participant + ",%")
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * The second submission arrives while the first one's transaction is still open: it must wait for it and then
     * see both modules passed. Were it counted on its own, each would see only its own pass and nobody would
     * announce the completion.
     */
    @Test
    void aSubmissionWhileAnotherIsUncommittedWaitsForItAndCompletionIsAnnounced() throws Exception {
        List<TrainingModule> allButTwo = modules.subList(0, modules.size() - 2);
        allButTwo.forEach(m -> attempts.submit(participant, m.code(), rightAnswers(m)));
        TrainingModule first = modules.get(modules.size() - 2);
        TrainingModule second = modules.get(modules.size() - 1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch firstSubmitted = new CountDownLatch(1);
            Future<AttemptResult> later = threads.submit(() -> {
                actAs(mentor.auth());
                firstSubmitted.await();
                return attempts.submit(participant, second.code(), rightAnswers(second));
            });
            Future<AttemptResult> held = threads.submit(() -> {
                actAs(mentor.auth());
                return new TransactionTemplate(transactions).execute(status -> {
                    AttemptResult result = attempts.submit(participant, first.code(), rightAnswers(first));
                    firstSubmitted.countDown();
                    try {
                        later.get(1, TimeUnit.SECONDS);
                    } catch (TimeoutException waiting) {
                        // the later submission waits for this transaction, as it should
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return result;
                });
            });

            List<AttemptResult> results = List.of(held.get(30, TimeUnit.SECONDS),
                    later.get(30, TimeUnit.SECONDS));

            assertThat(results).allMatch(AttemptResult::passed);
            assertThat(results).filteredOn(AttemptResult::trainingCompleted).hasSize(1);
            assertThat(jdbc.sql("select count(*) from training_completed where participant_id = :id")
                    .param("id", participant).query(Long.class).single()).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }
}
