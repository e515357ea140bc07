package org.flipside.demo.seed;

import java.util.Set;
import java.util.function.Predicate;
import org.flipside.identity.Accounts;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One sign-in per role, each played by a fitting person from the demo company: the IT administrator, the people
 * programs manager, the chief people officer as executive sponsor and a graduate engineer as an employee who could
 * become a mentor.
 */
@Component
@Order(200)
class DemoAccounts implements DemoStep {

    private final Accounts accounts;
    private final DemoPasswords passwords;

    DemoAccounts(Accounts accounts, DemoPasswords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Override
    public void seed(DemoSeeding seeding) {
        open(seeding, "admin", Role.ADMIN, titled("IT Systems Administrator"));
        open(seeding, "manager", Role.PROGRAM_MANAGER, titled("People Programs Manager"));
        open(seeding, "sponsor", Role.SPONSOR, titled("Chief People Officer"));
        open(seeding, "employee", Role.EMPLOYEE, person -> person.grade() != null && person.grade() == 1
                && "Engineering".equals(person.department()));
    }

    private void open(DemoSeeding seeding, String username, Role role, Predicate<NewEmployee> fits) {
        Predicate<NewEmployee> active = person -> person.status() == EmploymentStatus.ACTIVE;
        NewEmployee person = seeding.firstPerson(active.and(fits))
                .or(() -> seeding.firstPerson(active))
                .orElseThrow(() -> new IllegalStateException("The demo directory is empty"));
        String password = passwords.next(username);
        accounts.open(new NewAccount(username, person.fullName(), person.email(), person.timeZone(), Set.of(role),
                password));
        seeding.addCredential(new DemoCredential(username, password, role, person.fullName()));
    }

    private static Predicate<NewEmployee> titled(String titlePart) {
        return person -> person.jobTitle() != null && person.jobTitle().contains(titlePart);
    }
}
