package org.flipside.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The organisation overview over a department of its own: six approved mentors (shown), three approved mentees
 * (withheld) and people who applied but were not approved (not counted).
 */
class OverviewWebTest extends WebTestBase {

    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDepartmentsMentorsAreShownAndItsFewMenteesWithheld() throws Exception {
        String tag = Unique.username("ov");
        String department = "Overview " + tag;
        long program = program(tag);
        for (int i = 0; i < 6; i++) {
            participant(program, hire(tag + "-m" + i, department, 2, 1999), "MENTOR", "APPROVED");
        }
        for (int i = 0; i < 3; i++) {
            participant(program, hire(tag + "-e" + i, department, 8, 1968), "MENTEE", "APPROVED");
        }
        participant(program, hire(tag + "-a", department, 2, 1999), "MENTOR", "APPLIED");
        Authentication sponsor = ProgramTestUsers.signedIn(Unique.username("sp"), Role.SPONSOR);

        mvc.perform(get("/api/v1/insight/organisation").with(authentication(sponsor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programs[?(@.programId == " + program + ")].mentors").value(6))
                .andExpect(jsonPath("$.programs[?(@.programId == " + program + ")].mentees").value(3))
                .andExpect(jsonPath("$.programs[?(@.programId == " + program + ")].pairs").value(0))
                .andExpect(jsonPath("$.byDepartment.rows[?(@.label == '" + department + "')].mentors.value").value(6))
                .andExpect(jsonPath("$.byDepartment.rows[?(@.label == '" + department + "')].mentees.withheld")
                        .value(true))
                .andExpect(jsonPath("$.bands.length()").value(6))
                .andExpect(jsonPath("$.minimum").value(5));

        String page = mvc.perform(get("/insight/organisation").with(authentication(sponsor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Generation Z: born 1997 to 2012", "Baby boomers: born 1946 to 1964",
                "Before the baby boomers: born in 1945 or before", "<svg", "Cross-generation reach",
                "<th scope=\"row\">" + department + "</th>", "Overview " + tag + " program");

        String csv = mvc.perform(get("/insight/organisation.csv").with(authentication(sponsor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(department + ",6,withheld (too few people)");
    }

    private long program(String tag) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            ProgramTestUsers.actAs(ProgramTestUsers.signedIn("pm." + tag, Role.PROGRAM_MANAGER));
            LocalDate start = LocalDate.now(clock).minusMonths(1);
            long id = programs.create(new ProgramDraft("Overview " + tag + " program", "Juniors teach leaders.",
                    List.of(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY)), List.of("AI"), start,
                    start.plusMonths(6), Cadence.FORTNIGHTLY, 2, null)).id();
            jdbc.sql("update program set state = 'RUNNING' where id = :id").param("id", id).update();
            return id;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private String hire(String number, String department, int grade, int birthYear) {
        directory.addAll(List.of(new NewEmployee(number, "Name " + number, number + "@overview.example.org",
                department, "Analyst", grade, null, LocalDate.of(2015, 3, 1), birthYear, "Lyon", "Europe/Paris",
                List.of("en"), EmploymentStatus.ACTIVE)));
        return number;
    }

    private void participant(long program, String number, String side, String state) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into participant (program_id, employee_number, side, state, created_at, created_by, "
                        + "updated_at, version) values (:program, :number, :side, :state, :now, 'test', :now, 0)")
                .param("program", program).param("number", number).param("side", side).param("state", state)
                .param("now", now).update();
    }
}
