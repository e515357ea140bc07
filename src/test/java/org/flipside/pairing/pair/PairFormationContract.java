package org.flipside.pairing.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.matching.MatchConfirmed;
import org.flipside.matching.MatchPerson;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFormed;
import org.flipside.pairing.PairState;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.training.TrainingCompleted;
import org.flipside.training.TrainingRequirementChanged;
import org.flipside.training.module.ModuleCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pairs come from confirmed matches, once however often the event is delivered, and wait for the role training a
 * program requires before they become active.
 */
@RecordApplicationEvents
abstract class PairFormationContract {

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
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ModuleCatalogue modules;
    @Autowired
    ApplicationEvents recorded;

    PairFixture fixture;
    Person manager;
    long program;
    long mentee;
    long mentor;

    @BeforeEach
    void twoApprovedPeopleInARunningProgram() {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        PairFixture.Scene scene = fixture.scene();
        manager = scene.manager();
        program = scene.program();
        mentee = fixture.participant(program, fixture.senior(Role.EMPLOYEE), "MENTEE");
        mentor = fixture.participant(program, fixture.person(Role.EMPLOYEE), "MENTOR");
    }

    private long confirmedMatch() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into mentor_match (program_id, mentee_participant_id, mentor_participant_id, origin, state, "
                        + "score, explanation, respond_by, created_at, created_by, version) values (:program, :mentee, "
                        + ":mentor, 'PUBLISHED', 'CONFIRMED', 700, '{}', :now, :now, 'test', 1)")
                .param("program", program).param("mentee", mentee).param("mentor", mentor).param("now", now).update();
        return jdbc.sql("select id from mentor_match where mentee_participant_id = :mentee").param("mentee", mentee)
                .query(Long.class).single();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private MatchConfirmed confirmed(long matchId) {
        return new MatchConfirmed(matchId, program, "Program", mentee, mentor,
                new MatchPerson(mentee, "Mentee", null), new MatchPerson(mentor, "Mentor", null), 700, Instant.now());
    }

    private List<String> pairStates() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        List<String> states = List.of();
        while (states.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            states = jdbc.sql("select state from mentoring_pair where mentee_participant_id = :mentee")
                    .param("mentee", mentee).query(String.class).list();
        }
        return states;
    }

    private String stateAfter(String from) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        String state = from;
        while (state.equals(from) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            state = pairStates().get(0);
        }
        return state;
    }

    @Test
    void aConfirmedMatchBecomesOneActivePairEvenWhenTheEventArrivesTwice() throws Exception {
        long match = confirmedMatch();

        publish(confirmed(match));
        assertThat(pairStates()).containsExactly("ACTIVE");
        publish(confirmed(match));
        Thread.sleep(1_000);

        assertThat(pairStates()).containsExactly("ACTIVE");
        assertThat(jdbc.sql("select origin from mentoring_pair where match_id = :match").param("match", match)
                .query(String.class).single()).isEqualTo("MATCHED");
    }

    @Test
    void aPairWaitsForTheRequiredTrainingOfBothPeople() throws Exception {
        jdbc.sql("insert into training_setting (program_id, required_before_pairing, updated_at, updated_by, version) "
                        + "values (:program, true, :now, 'test', 1)")
                .param("program", program).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        publish(confirmed(confirmedMatch()));
        assertThat(pairStates()).containsExactly(PairState.FORMING.name());

        pass(mentee, Side.MENTEE);
        publish(new TrainingCompleted(program, mentee, Instant.now()));
        Thread.sleep(1_000);
        assertThat(pairStates()).containsExactly("FORMING");

        pass(mentor, Side.MENTOR);
        publish(new TrainingCompleted(program, mentor, Instant.now()));
        assertThat(stateAfter("FORMING")).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("select count(*) from mentoring_pair where mentee_participant_id = :mentee "
                + "and activated_at is not null").param("mentee", mentee).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void droppingTheRequirementActivatesThePairsThatWaited() throws Exception {
        jdbc.sql("insert into training_setting (program_id, required_before_pairing, updated_at, updated_by, version) "
                        + "values (:program, true, :now, 'test', 1)")
                .param("program", program).param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
        publish(confirmed(confirmedMatch()));
        assertThat(pairStates()).containsExactly("FORMING");

        jdbc.sql("update training_setting set required_before_pairing = false where program_id = :program")
                .param("program", program).update();
        publish(new TrainingRequirementChanged(program, false, Instant.now()));

        assertThat(stateAfter("FORMING")).isEqualTo("ACTIVE");
    }

    @Test
    void aPairMadeByHandIsAnnouncedToBothPeople() {
        long id = PairFixture.as(manager, () -> pairs.create(program, mentee, mentor).id());

        List<PairFormed> formed = recorded.stream(PairFormed.class).filter(e -> e.pairId() == id).toList();
        assertThat(formed).hasSize(1);
        assertThat(formed.get(0).active()).isTrue();
        assertThat(formed.get(0).mentee().participantId()).isEqualTo(mentee);
        assertThat(formed.get(0).mentor().side()).isEqualTo(Side.MENTOR);
    }

    private void pass(long participant, Side side) {
        for (String code : modules.codes(side)) {
            jdbc.sql("insert into training_module_passed (participant_id, module_code, passed_at) "
                            + "values (:p, :code, :now)")
                    .param("p", participant).param("code", code).param("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        }
    }
}
