package org.flipside.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.flipside.analytics.outcomes.OutcomesReport;
import org.flipside.analytics.outcomes.OutcomesReports;
import org.flipside.analytics.outcomes.SideOutcomes;
import org.flipside.identity.Role;
import org.flipside.program.ProgramTestUsers;
import org.junit.jupiter.api.Test;
import org.flipside.analytics.comparison.ComparisonGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo organisation has a program old enough for its outcomes, and the history behind them. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo-outcomes;DB_CLOSE_DELAY=-1",
        "flipside.demo=true",
        // the test waits for the demo to start the program; a report read before that must not be kept
        "flipside.figures.cache-seconds=0"})
class DemoOutcomesTest {

    @DynamicPropertySource
    static void accountsFile(DynamicPropertyRegistry registry) {
        registry.add("flipside.demo.accounts-file", () -> {
            try {
                return Files.createTempDirectory("flipside-demo-outcomes").resolve("demo-accounts.txt").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutcomesReports reports;
    @Autowired
    ComparisonGroups groups;
    @Autowired
    Clock clock;

    @Test
    void aProgramThatStartedFifteenMonthsAgoShowsItsTwelveMonthOutcomes() throws InterruptedException {
        LocalDate today = LocalDate.now(clock);
        long program = jdbc.sql("select id from program where name like 'Early Careers Exchange %'")
                .query(Long.class).single();
        ProgramTestUsers.actAs(ProgramTestUsers.signedIn("sponsor.demo", Role.SPONSOR));
        try {
            OutcomesReport report = reports.of(program);
            long deadline = System.currentTimeMillis() + 30_000;
            while (!report.chosen() && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
                report = reports.of(program);
            }

            assertThat(report.chosen()).isTrue();
            assertThat(jdbc.sql("select side || ' ' || state from participant where program_id = " + program)
                    .query(String.class).list()).as("roster").hasSize(DemoOutcomes.MENTORS + DemoOutcomes.MENTEES);
            assertThat(groups.of(program).orElseThrow().members()).as("members")
                    .hasSize(DemoOutcomes.MENTORS + DemoOutcomes.MENTEES);
            assertThat(report.startDate()).isEqualTo(today.minusMonths(15));
            assertThat(report.complete()).isTrue();
            SideOutcomes mentors = report.sides().get(0);
            assertThat(mentors.participants()).isEqualTo(DemoOutcomes.MENTORS);
            assertThat(mentors.participantRetention().withheld()).isFalse();
            assertThat(mentors.participantRetention().count()).isEqualTo(DemoOutcomes.MENTORS - 2);
            assertThat(mentors.participantPromotion().count()).isEqualTo(3);
            assertThat(report.sides().get(1).participants()).isEqualTo(DemoOutcomes.MENTEES);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(count("select count(*) from employee where status = 'LEAVER' and leave_date is not null"))
                .isGreaterThan(10);
        assertThat(count("select count(*) from level_change where source = 'IMPORT'")).isGreaterThan(20);
        assertThat(count("select count(*) from level_change where source = 'BACKFILL'")).isGreaterThan(5);
        assertThat(Optional.of(count("select count(*) from comparison_member where program_id = " + program
                + " and comparison_number is not null"))).get().matches(n -> n > 0);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
