package org.flipside.program;

import static org.flipside.program.ProgramTestUsers.actAs;

import java.time.LocalDate;
import java.util.List;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.Unique;

/** Test data for enrolment: directory entries, accounts linked to them by email, and programs that are enrolling. */
public final class EnrollmentFixture {

    private final Accounts accounts;
    private final DirectoryWriter directory;
    private final Programs programs;
    /** A department of this fixture's own, so directory filters only reach the people it created. */
    public final String department = "Dept " + Unique.username("d");

    public EnrollmentFixture(Accounts accounts, DirectoryWriter directory, Programs programs) {
        this.accounts = accounts;
        this.directory = directory;
        this.programs = programs;
    }

    /** A directory entry without an account. */
    public String employee(int grade, EmploymentStatus status) {
        String number = Unique.username("e");
        directory.addAll(List.of(person(number, number + "@people.example.org", grade, status)));
        return number;
    }

    /** An account with the given roles and a directory entry with the same email; returns both. */
    public Person person(int grade, Role... roles) {
        AccountView account = TestAccounts.open(accounts, "p", roles);
        String number = Unique.username("n");
        directory.addAll(List.of(person(number, account.email(), grade, EmploymentStatus.ACTIVE)));
        return new Person(account.username(), number, roles);
    }

    /** A program in ENROLLING created by {@code manager}, who therefore manages it. */
    public ProgramView enrollingProgram(Person manager) {
        actAs(manager.auth());
        ProgramView draft = programs.create(new ProgramDraft("Enrolment " + Unique.username("p"),
                "Leaders learn digital tools from juniors.", List.of(ObjectiveChoice.of(Objective.DIGITAL_FLUENCY)),
                List.of("AI"), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 30), Cadence.FORTNIGHTLY, 1, null));
        return programs.transition(draft.id(), ProgramState.ENROLLING, draft.version());
    }

    private NewEmployee person(String number, String email, int grade, EmploymentStatus status) {
        return new NewEmployee(number, "Name " + number, email, department, "Analyst", grade, null,
                LocalDate.of(2020, 1, 1), 1990, "Lyon", "Europe/Paris", List.of("en"), status);
    }

    public record Person(String username, String employeeNumber, Role[] roles) {
        public org.springframework.security.core.Authentication auth() {
            return ProgramTestUsers.signedIn(username, roles);
        }
    }
}
