package org.flipside.matching.selfmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.ProgramTestUsers.actAs;

import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.matching.consent.ConsentFixture;
import org.flipside.matching.seat.SeatLedger;
import org.flipside.matching.settings.MatchingSettingsService;
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

/** Two mentees request the same mentor's last seat on two threads released at once: exactly one request exists. */
abstract class SelfMatchRaceContract {

    @Autowired
    SelfMatch selfMatch;
    @Autowired
    MatchingSettingsService settings;
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
    void twoRequestsForTheLastSeatLeaveExactlyOne() throws Exception {
        Person manager = fixture.person(Role.PROGRAM_MANAGER);
        long program = fixture.program(manager, 1);
        SelfMatchFixture.selfMatch(settings, manager, program, true);
        long mentor = fixture.participant(program, fixture.person(Role.EMPLOYEE), "MENTOR");
        Person a = fixture.person(Role.EMPLOYEE);
        Person b = fixture.person(Role.EMPLOYEE);
        long menteeA = fixture.participant(program, a, "MENTEE");
        long menteeB = fixture.participant(program, b, "MENTEE");

        List<String> results = Race.run(
                new Race.Contender<>(() -> actAs(a.auth()), () -> request(menteeA, mentor)),
                new Race.Contender<>(() -> actAs(b.auth()), () -> request(menteeB, mentor)));

        assertThat(results).containsExactlyInAnyOrder("requested", "matching.seat.mentorFull");
        assertThat(seats.taken(mentor)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mentor_match where mentor_participant_id = :mentor")
                .param("mentor", mentor).query(Integer.class).single()).isEqualTo(1);
    }

    private String request(long menteeId, long mentor) {
        try {
            selfMatch.request(menteeId, mentor);
            return "requested";
        } catch (RuleViolationException e) {
            return e.code();
        }
    }
}
