package org.flipside.training.guide;

import static org.flipside.program.ProgramTestUsers.actAs;

import java.time.LocalDate;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Cadence;
import org.flipside.program.EnrollmentFixture;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.profile.ProfileFixtures;
import org.flipside.testing.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A program with focus topics, created by a manager of its own, and people with accounts and directory entries who
 * take part in it (participant rows are written directly: enrolment is not what guide tests are about).
 */
public final class GuideFixture {

    final EnrollmentFixture people;
    final Programs programs;
    final JdbcClient jdbc;
    public final Person manager;

    public GuideFixture(Accounts accounts, DirectoryWriter directory, Programs programs, JdbcClient jdbc) {
        this.people = new EnrollmentFixture(accounts, directory, programs);
        this.programs = programs;
        this.jdbc = jdbc;
        this.manager = people.person(6, Role.PROGRAM_MANAGER);
    }

    /** An ENROLLING program managed by this fixture's manager; the caller's security context is cleared. */
    public ProgramView program(List<String> topics, ObjectiveChoice... objectives) {
        actAs(manager.auth());
        ProgramView draft = programs.create(new ProgramDraft("Guides " + Unique.username("p"),
                "Leaders learn from juniors.", List.of(objectives), topics, LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 6, 30), Cadence.FORTNIGHTLY, 1, null));
        ProgramView enrolling = programs.transition(draft.id(), ProgramState.ENROLLING, draft.version());
        SecurityContextHolder.clearContext();
        return enrolling;
    }

    /** The program with other topics, as its manager changes them; the caller's security context is cleared. */
    public ProgramView topics(ProgramView program, List<String> topics) {
        actAs(manager.auth());
        ProgramView changed = programs.update(program.id(), new ProgramDraft(program.name(), program.purpose(),
                program.objectives(), topics, program.startDate(), program.endDate(), program.cadence(),
                program.mentorCapacity(), null), programs.get(program.id()).version());
        SecurityContextHolder.clearContext();
        return changed;
    }

    /** Moves the program on to CLOSED. */
    public void close(ProgramView program) {
        actAs(manager.auth());
        ProgramView current = programs.get(program.id());
        for (ProgramState next : List.of(ProgramState.MATCHING, ProgramState.RUNNING, ProgramState.CLOSED)) {
            current = programs.transition(current.id(), next, current.version());
        }
        SecurityContextHolder.clearContext();
    }

    /** An employee with an account who takes part in the program on the given side and in the given state. */
    public Person participant(ProgramView program, String side, String state) {
        Person person = people.person(side.equals("MENTOR") ? 3 : 9, Role.EMPLOYEE);
        ProfileFixtures.participant(jdbc, program.id(), person.employeeNumber(), side, state);
        return person;
    }

    /** An employee with an account who takes no part in the program. */
    public Person outsider() {
        return people.person(4, Role.EMPLOYEE);
    }

    /** Another program manager, who does not manage the fixture's programs. */
    public Person otherManager() {
        return people.person(6, Role.PROGRAM_MANAGER);
    }
}
