package org.flipside.analytics.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.flipside.program.Cadence;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.testing.Race;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A comparison group is stored and read back the same way on every database, and a program gets exactly one even
 * when its start is handled twice at once.
 */
abstract class ComparisonGroupContract {

    @Autowired
    ComparisonGroups groups;
    @Autowired
    Programs programs;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theGroupIsStoredWithItsSeedAndReadBack() {
        String tag = Unique.username("cg");
        LocalDate start = LocalDate.now(clock).minusMonths(2);
        long program = program(tag, start);
        for (int i = 0; i < 3; i++) {
            participant(program, hire(tag + "-p" + i, tag), i == 0 ? "MENTEE" : "MENTOR");
        }
        hire(tag + "-c0", tag);
        hire(tag + "-c1", tag);

        assertThat(groups.choose(program, Instant.now(clock), 77L)).isTrue();

        ComparisonGroup group = groups.of(program).orElseThrow();
        assertThat(group.startDate()).isEqualTo(start);
        assertThat(group.seed()).isEqualTo(77L);
        assertThat(group.members()).hasSize(3);
        assertThat(group.members()).extracting(ComparisonGroup.Pairing::comparisonNumber).filteredOn(n -> n != null)
                .containsExactlyInAnyOrder(tag + "-c0", tag + "-c1");
        assertThat(group.unmatchedMentors() + group.unmatchedMentees()).isEqualTo(1);
        assertThat(group.members()).extracting(ComparisonGroup.Pairing::side).contains(Side.MENTEE, Side.MENTOR);
    }

    @Test
    void twoStartsAtOnceChooseOneGroup() throws Exception {
        String tag = Unique.username("cr");
        long program = program(tag, LocalDate.now(clock).minusMonths(1));
        participant(program, hire(tag + "-p", tag), "MENTOR");
        hire(tag + "-c", tag);

        List<Boolean> chosen = Race.run(start(program, 1L), start(program, 2L));

        assertThat(chosen).containsExactlyInAnyOrder(true, false);
        assertThat(jdbc.sql("select count(*) from comparison_group where program_id = :p").param("p", program)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from comparison_member where program_id = :p").param("p", program)
                .query(Long.class).single()).isEqualTo(1);
    }

    /** One handling of the program's start: true if it stored the group, false if the other one had. */
    private Race.Contender<Boolean> start(long program, long seed) {
        return new Race.Contender<>(() -> { }, () -> {
            try {
                return groups.choose(program, Instant.now(clock), seed);
            } catch (org.springframework.dao.DataIntegrityViolationException lost) {
                return false; // the other start stored the group first: what the key on the program is for
            }
        });
    }

    private long program(String tag, LocalDate start) {
        ProgramTestUsers.actAs(ProgramTestUsers.signedIn("pm." + tag, Role.PROGRAM_MANAGER));
        return programs.create(new ProgramDraft("Comparison " + tag, "Juniors teach leaders.",
                List.of(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY)), List.of("AI"), start, start.plusMonths(6),
                Cadence.FORTNIGHTLY, 2, null)).id();
    }

    private String hire(String number, String department) {
        directory.addAll(List.of(new NewEmployee(number, "Name " + number, number + "@cg.example.org", department,
                "Analyst", 3, null, LocalDate.of(2020, 1, 1), 1990, "Lyon", "Europe/Paris", List.of("en"),
                EmploymentStatus.ACTIVE)));
        return number;
    }

    private void participant(long program, String number, String side) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into participant (program_id, employee_number, side, state, created_at, created_by, "
                        + "updated_at, version) values (:program, :number, :side, 'APPROVED', :now, 'test', :now, 0)")
                .param("program", program).param("number", number).param("side", side).param("now", now).update();
    }
}
