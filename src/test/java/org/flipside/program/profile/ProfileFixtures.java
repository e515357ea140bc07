package org.flipside.program.profile;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * People, programs and participant rows for profile tests. Participant rows are written directly: enrolment is
 * another part of the application and not what these tests are about.
 */
public final class ProfileFixtures {

    private ProfileFixtures() {
    }

    /** A directory entry with this work email; returns its employee number. */
    public static String employee(DirectoryWriter directory, String fullName, String email) {
        String number = Unique.username("E").toUpperCase().replace('.', '-');
        directory.addAll(List.of(new NewEmployee(number, fullName, email, "Marketing", "Analyst", 3, null,
                LocalDate.of(2022, 3, 1), 1999, "Lyon", "Europe/Paris", List.of("French"), EmploymentStatus.ACTIVE)));
        return number;
    }

    /** A draft program created (and so managed) by {@code managerUsername}; the caller's security context is kept. */
    public static long program(Programs programs, String managerUsername) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            ProgramTestUsers.actAs(ProgramTestUsers.signedIn(managerUsername, Role.PROGRAM_MANAGER));
            return programs.create(new ProgramDraft("Profiles " + Unique.username("p"), "Juniors share digital skills.",
                    List.of(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY)), List.of("AI"), null, null,
                    Cadence.FORTNIGHTLY, 2, null)).id();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public static long participant(JdbcClient jdbc, long programId, String employeeNumber, String side, String state) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into participant (program_id, employee_number, side, state, created_at, created_by, updated_at, version) "
                        + "values (:program, :number, :side, :state, :now, 'test', :now, 0)")
                .param("program", programId).param("number", employeeNumber).param("side", side).param("state", state)
                .param("now", now).update();
        return jdbc.sql("select id from participant where program_id = :program and employee_number = :number")
                .param("program", programId).param("number", employeeNumber).query(Long.class).single();
    }
}
