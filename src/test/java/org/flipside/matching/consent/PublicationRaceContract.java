package org.flipside.matching.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.matching.consent.ConsentFixture.pair;
import static org.flipside.program.ProgramTestUsers.actAs;

import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.matching.seat.SeatLedger;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Programs;
import org.flipside.shared.RuleViolationException;
import org.flipside.testing.Race;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two managers publish two runs that both give a mentor their last seat, on two threads released at the same
 * instant: exactly one publication goes through and the mentor is never over-booked.
 */
abstract class PublicationRaceContract {

    @Autowired
    Publication publication;
    @Autowired
    SeatLedger seats;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;

    ConsentFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ConsentFixture(jdbc, accounts, directory, programs);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @RepeatedTest(5)
    void twoPublicationsForTheLastSeatNeverOverBookTheMentor() throws Exception {
        Person first = fixture.person(Role.PROGRAM_MANAGER);
        Person second = fixture.person(Role.PROGRAM_MANAGER);
        long program = fixture.program(first, 1);
        jdbc.sql("insert into program_manager (program_id, username) values (:program, :username)")
                .param("program", program).param("username", second.username()).update();
        long mentor = fixture.participant(program, fixture.person(Role.EMPLOYEE), "MENTOR");
        long menteeA = fixture.participant(program, fixture.person(Role.EMPLOYEE), "MENTEE");
        long menteeB = fixture.participant(program, fixture.person(Role.EMPLOYEE), "MENTEE");
        long runA = fixture.run(program, pair(menteeA, mentor, 800));
        long runB = fixture.run(program, pair(menteeB, mentor, 790));

        List<Outcome> results = Race.run(
                new Race.Contender<>(() -> actAs(first.auth()), () -> publish(program, runA)),
                new Race.Contender<>(() -> actAs(second.auth()), () -> publish(program, runB)));
        assertThat(results).filteredOn(Outcome::published).hasSize(1);
        assertThat(results).filteredOn(o -> !o.published())
                .allSatisfy(o -> assertThat(o.refusal()).isEqualTo("matching.publish.conflict"));
        assertThat(seats.taken(mentor)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mentor_match where mentor_participant_id = :mentor")
                .param("mentor", mentor).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from matching_run where program_id = :program and published_at is not null")
                .param("program", program).query(Integer.class).single()).isEqualTo(1);
    }

    private Outcome publish(long program, long run) {
        try {
            publication.publish(program, run);
            return new Outcome(true, null);
        } catch (RuleViolationException e) {
            return new Outcome(false, e.code());
        }
    }

    record Outcome(boolean published, String refusal) {
    }
}
