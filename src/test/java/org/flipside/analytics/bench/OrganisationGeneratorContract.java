package org.flipside.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flipside.analytics.comparison.TenureBand;
import org.flipside.analytics.outcomes.OutcomesReport;
import org.flipside.analytics.outcomes.OutcomesReports;
import org.flipside.people.DirectoryHistory;
import org.flipside.people.EmploymentHistory;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The benchmark's generator at a tiny size, so it keeps up with the schema: its rows satisfy every constraint of
 * the migrated database, the same seed gives the same organisation, each comparison group is one the application
 * could have chosen, and the application reads what it wrote.
 */
abstract class OrganisationGeneratorContract {

    private static final Scale TINY = new Scale(1_500, 4, 24, 8);

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    OutcomesReports outcomes;
    @Autowired
    DirectoryHistory history;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void writesAConsistentOrganisationThatTheSameSeedRepeats() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String first = prefix();
        String second = prefix();
        OrganisationGenerator.Generated one = OrganisationGenerator.generate(dataSource, TINY, 7, first, "m." + first, now);
        OrganisationGenerator.Generated two = OrganisationGenerator.generate(dataSource, TINY, 7, second, "m." + second, now);

        assertThat(one.programs()).hasSize(4);
        assertThat(one.pairs()).isEqualTo(24 + 8);
        assertThat(count("select count(*) from employee where employee_number like ?", first + "%")).isEqualTo(1_500);
        assertThat(count("select count(*) from mentoring_pair where program_id = ?", one.largestProgram())).isEqualTo(24);
        assertThat(count("select count(*) from pair_session s join mentoring_pair p on p.id = s.pair_id "
                + "join program_manager m on m.program_id = p.program_id where m.username = ?", "m." + first))
                .isEqualTo(one.sessions()).isPositive();
        assertThat(count("select count(*) from survey_answer a join survey_response r on r.id = a.response_id "
                + "where r.survey_id = ?", one.largestSurvey())).isPositive();
        assertThat(List.of(two.participants(), two.sessions(), two.surveyAnswers(), two.safetyAnswers(), two.insights()))
                .isEqualTo(List.of(one.participants(), one.sessions(), one.surveyAnswers(), one.safetyAnswers(),
                        one.insights()));
        assertThat(directory(second)).isEqualTo(directory(first));
    }

    @Test
    void theApplicationReadsTheGeneratedOutcomes() throws Exception {
        String prefix = prefix();
        OrganisationGenerator.Generated generated = OrganisationGenerator.generate(dataSource, TINY, 11, prefix,
                "m." + prefix, OffsetDateTime.now(clock));
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("sponsor", null, "ROLE_SPONSOR"));

        OutcomesReport report = outcomes.of(generated.largestProgram());

        assertThat(report.chosen()).isTrue();
        // 24 pairs plus one approved but unmatched person a side (a twentieth, rounded down, of 24 is 1)
        assertThat(report.sides()).extracting(s -> s.participants()).containsOnly(25);
    }

    @Test
    void choosesEachComparisonGroupOnTheApplicationsTerms() throws Exception {
        String prefix = prefix();
        OrganisationGenerator.Generated generated = OrganisationGenerator.generate(dataSource, TINY, 13, prefix,
                "m." + prefix, OffsetDateTime.now(clock));
        Map<String, EmploymentHistory> directory = new HashMap<>();
        history.inDepartments(List.of(DirectoryPart.DEPARTMENTS)).stream()
                .filter(h -> h.employeeNumber().startsWith(prefix))
                .forEach(h -> directory.put(h.employeeNumber(), h));
        assertThat(directory).hasSize(TINY.employees());
        int groups = 0;
        int compared = 0;
        for (long program : generated.programs()) {
            List<Object[]> group = jdbc.sql("select start_date, unmatched_mentees, unmatched_mentors from "
                    + "comparison_group where program_id = ?").param(program)
                    .query((rs, n) -> new Object[]{rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getInt(3)}).list();
            if (group.isEmpty()) {
                continue;
            }
            groups++;
            LocalDate start = (LocalDate) group.get(0)[0];
            Set<String> roster = Set.copyOf(jdbc.sql("select employee_number from participant where program_id = ?")
                    .param(program).query(String.class).list());
            List<String[]> members = jdbc.sql("select side, participant_number, comparison_number from "
                    + "comparison_member where program_id = ?").param(program)
                    .query((rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)}).list();
            assertThat((long) members.size()).isEqualTo(count("select count(*) from participant where program_id = ? "
                    + "and state = 'APPROVED'", program));
            Set<String> used = new HashSet<>();
            List<EmploymentHistory> unmatched = new ArrayList<>();
            int[] unmatchedOfSide = new int[2];
            for (String[] member : members) {
                EmploymentHistory participant = directory.get(member[1]);
                if (member[2] == null) {
                    unmatched.add(participant);
                    unmatchedOfSide[member[0].equals("MENTEE") ? 0 : 1]++;
                    continue;
                }
                compared++;
                assertThat(used.add(member[2])).as("chosen once in program %d: %s", program, member[2]).isTrue();
                EmploymentHistory comparison = directory.get(member[2]);
                assertThat(roster).doesNotContain(member[2]);
                assertThat(comparison.employedOn(start)).isTrue();
                assertThat(fit(comparison, start)).as("%s for %s", member[2], member[1])
                        .isEqualTo(fit(participant, start));
            }
            assertThat(unmatchedOfSide).containsExactly((int) group.get(0)[1], (int) group.get(0)[2]);
            // a participant goes without only when everyone who fits was taken
            for (EmploymentHistory participant : unmatched) {
                assertThat(directory.values()).filteredOn(c -> !roster.contains(c.employeeNumber())
                                && !used.contains(c.employeeNumber()) && c.employedOn(start)
                                && fit(c, start).equals(fit(participant, start)))
                        .as("left over for %s", participant.employeeNumber()).isEmpty();
            }
        }
        assertThat(groups).isEqualTo(TINY.runningPrograms());
        assertThat(compared).isPositive();
    }

    /** What the application matches a comparison person on. */
    private static List<Object> fit(EmploymentHistory person, LocalDate start) {
        return List.of(person.department(), person.gradeOn(start), TenureBand.of(person.hireDate(), start));
    }

    private static String prefix() {
        return "G" + Unique.username("g").substring(2);
    }

    private long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    /** The directory without the prefix: grades, departments, names and dates in employee-number order. */
    private List<String> directory(String prefix) {
        return jdbc.sql("select substring(employee_number, ?) || ' ' || grade || ' ' || department || ' ' || full_name "
                        + "|| ' ' || hire_date || ' ' || status from employee where employee_number like ? "
                        + "order by employee_number")
                .param(prefix.length() + 1).param(prefix + "%").query(String.class).list();
    }
}
