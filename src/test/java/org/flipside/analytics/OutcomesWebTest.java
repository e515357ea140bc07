package org.flipside.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flipside.analytics.comparison.ComparisonGroup;
import org.flipside.analytics.comparison.ComparisonGroups;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.flipside.program.Cadence;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramStateChanged;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outcomes report on an organisation built so that every figure is known in advance: six junior mentors and
 * exactly six people who fit them, seven senior mentees and only four who fit them, and people who must never be
 * chosen (in the program, in another tenure band, hired after the start).
 */
class OutcomesWebTest extends WebTestBase {

    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ComparisonGroups groups;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    String tag;
    String department;
    LocalDate today;
    LocalDate start;
    Authentication manager;

    @BeforeEach
    void organisation() {
        tag = Unique.username("o");
        department = "Outcomes " + tag;
        today = LocalDate.now(clock);
        start = today.minusMonths(13);
        manager = ProgramTestUsers.signedIn("pm." + tag, Role.PROGRAM_MANAGER);
    }

    @Test
    void theFiguresAreThoseOfTheConstructedOrganisation() throws Exception {
        long program = builtProgram();

        assertThat(groups.choose(program, Instant.now(clock), 1234L)).isTrue();

        ComparisonGroup group = groups.of(program).orElseThrow();
        assertThat(group.seed()).isEqualTo(1234L);
        assertThat(group.unmatchedMentors()).isZero();
        assertThat(group.unmatchedMentees()).isEqualTo(3);
        assertThat(group.members()).extracting(ComparisonGroup.Pairing::comparisonNumber).filteredOn(n -> n != null)
                .allSatisfy(n -> assertThat(n).matches(n("[cd]\\d")))
                .doesNotHaveDuplicates().hasSize(10);
        mvc.perform(get("/api/v1/programs/" + program + "/outcomes").with(authentication(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.monthsElapsed").value(12))
                .andExpect(jsonPath("$.sides[0].side").value("MENTOR"))
                .andExpect(jsonPath("$.sides[0].participants").value(6))
                .andExpect(jsonPath("$.sides[0].comparison").value(6))
                .andExpect(jsonPath("$.sides[0].participantRetention.count").value(5))
                .andExpect(jsonPath("$.sides[0].participantRetention.percent").value(83))
                .andExpect(jsonPath("$.sides[0].comparisonRetention.percent").value(67))
                .andExpect(jsonPath("$.sides[0].participantPromotion.percent").value(33))
                .andExpect(jsonPath("$.sides[0].comparisonPromotion.percent").value(17))
                .andExpect(jsonPath("$.sides[1].side").value("MENTEE"))
                .andExpect(jsonPath("$.sides[1].participants").value(7))
                .andExpect(jsonPath("$.sides[1].comparison").value(4))
                .andExpect(jsonPath("$.sides[1].unmatched").value(3))
                .andExpect(jsonPath("$.sides[1].participantRetention.percent").value(100))
                .andExpect(jsonPath("$.sides[1].participantPromotion.percent").value(14))
                .andExpect(jsonPath("$.sides[1].comparisonRetention.withheld").value(true))
                .andExpect(jsonPath("$.sides[1].comparisonRetention.count").doesNotExist())
                .andExpect(jsonPath("$.sides[1].comparisonPromotion.percent").doesNotExist());

        String page = mvc.perform(get("/programs/" + program + "/outcomes").with(authentication(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("83 % (5)", "67 % (4)", "33 % (2)", "17 % (1)", "14 % (1)",
                "withheld (too few people)", "a comparison, not proof of cause",
                "3 of 7 mentees had nobody who fitted", "1234", "<svg", "<th scope=\"col\">Still employed</th>");

        // the evaluation's level 4 and the PDF report render the same table fragment as the page
        String evaluation = mvc.perform(get("/programs/" + program + "/evaluation").with(authentication(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(evaluation).contains("id=\"level4-outcomes\"", "83 % (5)", "14 % (1)", "withheld (too few people)");

        byte[] pdf = mvc.perform(get("/programs/" + program + "/report.pdf").with(authentication(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Still employed", "83 % (5)", "67 % (4)", "33 % (2)", "17 % (1)", "14 % (1)",
                    "withheld (too few people)");
        }
    }

    @Test
    void aSecondStartChangesNothingAndTheEventChoosesOnce() throws Exception {
        long program = builtProgram();

        transactions.executeWithoutResult(s -> events.publishEvent(new ProgramStateChanged(program,
                ProgramState.MATCHING, ProgramState.RUNNING, Instant.now(clock))));
        long deadline = System.currentTimeMillis() + 20_000;
        while (groups.of(program).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        ComparisonGroup first = groups.of(program).orElseThrow();

        assertThat(groups.choose(program, Instant.now(clock), 99L)).isFalse();
        transactions.executeWithoutResult(s -> events.publishEvent(new ProgramStateChanged(program,
                ProgramState.MATCHING, ProgramState.RUNNING, Instant.now(clock))));
        Thread.sleep(500);

        assertThat(groups.of(program)).contains(first);
        assertThat(first.startDate()).isEqualTo(start);
    }

    @Test
    void beforeTwelveMonthsTheReportSaysSoAndWithholdsSmallGroups() throws Exception {
        start = today.minusMonths(4).minusDays(2);
        long program = program();
        for (int i = 1; i <= 3; i++) {
            participant(program, hire("m" + i, 2, start.minusYears(2)), "MENTOR", "APPROVED");
            hire("c" + i, 2, start.minusYears(2));
        }
        groups.choose(program, Instant.now(clock), 5L);

        String page = mvc.perform(get("/programs/" + program + "/outcomes").with(authentication(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("these figures are so far, 4 month(s) after the start").doesNotContain("% (");
        mvc.perform(get("/api/v1/programs/" + program + "/outcomes").with(authentication(manager)))
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.monthsElapsed").value(4))
                .andExpect(jsonPath("$.sides[0].participantRetention.withheld").value(true));
    }

    @Test
    void managersOfTheProgramAdministratorsAndSponsorsReadItAndNobodyElse() throws Exception {
        long program = program();
        String url = "/api/v1/programs/" + program + "/outcomes";

        for (Authentication reader : List.of(manager, ProgramTestUsers.signedIn("admin." + tag, Role.ADMIN),
                ProgramTestUsers.signedIn("sponsor." + tag, Role.SPONSOR))) {
            mvc.perform(get(url).with(authentication(reader))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.chosen").value(false));
            mvc.perform(get("/programs/" + program + "/outcomes").with(authentication(reader)))
                    .andExpect(status().isOk());
        }
        Authentication otherManager = ProgramTestUsers.signedIn("pm2." + tag, Role.PROGRAM_MANAGER);
        mvc.perform(get(url).with(authentication(otherManager))).andExpect(status().isNotFound());
        mvc.perform(get("/programs/" + program + "/outcomes").with(authentication(otherManager)))
                .andExpect(status().isNotFound());
        mvc.perform(get(url).with(authentication(ProgramTestUsers.signedIn("emp." + tag, Role.EMPLOYEE))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs/987654321/outcomes").with(authentication(manager)))
                .andExpect(status().isNotFound());
    }

    /** The organisation of the class comment, in a program that started thirteen months ago. */
    private long builtProgram() {
        long program = program();
        List<String> mentors = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            mentors.add(hire("p" + i, 2, start.minusYears(2)));
            hire("c" + i, 2, start.minusYears(2));
        }
        mentors.forEach(m -> participant(program, m, "MENTOR", "APPROVED"));
        leave(n("p1"), start.plusMonths(3));
        promote(n("p2"), 2, 3, start.plusMonths(6));
        promote(n("p3"), 2, 3, start.plusMonths(6));
        leave(n("c1"), start.plusMonths(2));
        leave(n("c2"), start.plusMonths(11));
        leave(n("c3"), start.plusMonths(12).plusDays(10));
        promote(n("c4"), 2, 3, start.plusMonths(5));
        promote(n("c5"), 2, 3, start.plusMonths(12).plusDays(15));
        for (int i = 1; i <= 7; i++) {
            participant(program, hire("s" + i, 9, start.minusYears(12)), "MENTEE", "APPROVED");
        }
        for (int i = 1; i <= 4; i++) {
            hire("d" + i, 9, start.minusYears(12));
        }
        promote(n("s1"), 9, 10, start.plusMonths(1));
        // never to be chosen: in the program though not approved, another tenure band, hired after the start
        participant(program, hire("x1", 2, start.minusYears(2)), "MENTOR", "INVITED");
        hire("x2", 2, start.minusMonths(6));
        hire("x3", 2, start.plusMonths(1));
        return program;
    }

    private long program() {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            ProgramTestUsers.actAs(manager);
            long id = programs.create(new ProgramDraft("Outcomes " + tag, "Juniors teach leaders.",
                    List.of(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY)), List.of("AI"), start,
                    start.plusMonths(6), Cadence.FORTNIGHTLY, 2, null)).id();
            jdbc.sql("update program set state = 'RUNNING' where id = :id").param("id", id).update();
            return id;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private String hire(String suffix, int grade, LocalDate hired) {
        String number = n(suffix);
        directory.addAll(List.of(new NewEmployee(number, "Name " + number, number + "@outcomes.example.org",
                department, "Analyst", grade, null, hired, 1990, "Lyon", "Europe/Paris", List.of("en"),
                EmploymentStatus.ACTIVE)));
        return number;
    }

    private void participant(long program, String number, String side, String state) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into participant (program_id, employee_number, side, state, created_at, created_by, "
                        + "updated_at, version) values (:program, :number, :side, :state, :now, 'test', :now, 0)")
                .param("program", program).param("number", number).param("side", side).param("state", state)
                .param("now", now).update();
    }

    private void leave(String number, LocalDate day) {
        jdbc.sql("update employee set status = 'LEAVER', leave_date = :day where employee_number = :number")
                .param("day", Date.valueOf(day)).param("number", number).update();
    }

    private void promote(String number, int from, int to, LocalDate day) {
        jdbc.sql("update employee set grade = :to where employee_number = :number")
                .param("to", to).param("number", number).update();
        jdbc.sql("insert into level_change (employee_number, from_grade, to_grade, effective_date, source, recorded_at) "
                        + "values (:number, :from, :to, :day, 'IMPORT', :now)")
                .param("number", number).param("from", from).param("to", to).param("day", Date.valueOf(day))
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    private String n(String suffix) {
        return tag + "-" + suffix;
    }
}
