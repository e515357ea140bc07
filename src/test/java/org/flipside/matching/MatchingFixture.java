package org.flipside.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.flipside.program.ActingEmployee;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.EnrollmentFixture;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.MeetingMode;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.SkillRating;
import org.flipside.program.profile.ProfileContent;
import org.flipside.program.profile.ProfileFixtures;
import org.flipside.program.profile.ProfileService;
import org.flipside.testing.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A program with approved mentees and mentors who filled in real profiles, for matching tests. Everyone speaks
 * English and has the same free hour on Tuesdays, so the default must-haves (language, availability) hold unless a
 * test says otherwise; mentees are grade 9 and mentors grade 3 unless given.
 */
final class MatchingFixture {

    final EnrollmentFixture enrollment;
    final DirectoryWriter directory;
    final ProfileService profiles;
    final JdbcClient jdbc;
    final Person manager;
    final ProgramView program;

    MatchingFixture(Accounts accounts, DirectoryWriter directory, Programs programs, ProfileService profiles,
                    JdbcClient jdbc) {
        this.enrollment = new EnrollmentFixture(accounts, directory, programs);
        this.directory = directory;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.manager = enrollment.person(6, Role.PROGRAM_MANAGER);
        this.program = enrollment.enrollingProgram(manager);
        SecurityContextHolder.clearContext();
    }

    /** A mentee (grade 9) in the given department who wants these skills at level 3. */
    Participant mentee(String department, String... wanted) {
        return participant("MENTEE", department, 9, null, List.of(), List.of(wanted));
    }

    /** A mentor (grade 3) in the given department who offers these skills at level 4. */
    Participant mentor(String department, String... offered) {
        return participant("MENTOR", department, 3, null, List.of(offered), List.of());
    }

    Participant participant(String side, String department, int grade, String managerNumber, List<String> offered,
                            List<String> wanted) {
        String number = Unique.username("m").toUpperCase().replace('.', '-');
        directory.addAll(List.of(new NewEmployee(number, "Person " + number, number.toLowerCase() + "@people.example.org",
                department, "Role", grade, managerNumber, LocalDate.of(2020, 1, 1),
                "MENTEE".equals(side) ? 1970 : 1998, "Lyon", "Europe/Paris", List.of("en"),
                EmploymentStatus.ACTIVE)));
        long id = ProfileFixtures.participant(jdbc, program.id(), number, side, "APPROVED");
        profile(id, number, offered, wanted);
        return new Participant(id, number);
    }

    void profile(long id, String number, List<String> offered, List<String> wanted) {
        SecurityContext before = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.clearContext();
            SecurityContextHolder.getContext().setAuthentication(new ActingEmployee(number));
            profiles.save(id, new ProfileContent(offered.stream().map(s -> new SkillRating(s, 4)).toList(),
                    wanted.stream().map(s -> new SkillRating(s, 3)).toList(), "cycling, jazz", Map.of(),
                    "Europe/Paris", List.of(new AvailabilitySlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0),
                    LocalTime.of(11, 0))), MeetingMode.EITHER, List.of("en"), List.of()), 0);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    void actAsManager() {
        ProgramTestUsers.actAs(manager.auth());
    }

    record Participant(long id, String number) {
    }
}
