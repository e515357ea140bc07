package org.flipside.program;

import java.util.Optional;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The directory entry of the signed-in account, matched by work email. Participation rules ("your own profile")
 * are decided on this, never on anything the browser sends. Code acting for an employee without an account sets an
 * {@link ActingEmployee}, which names the person by employee number.
 */
@Component
public class CurrentEmployee {

    private final Accounts accounts;
    private final Directory directory;

    CurrentEmployee(Accounts accounts, Directory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    public Optional<Employee> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof ActingEmployee acting) {
            return directory.byNumber(acting.employeeNumber());
        }
        return accounts.findByUsername(authentication.getName())
                .map(AccountView::email)
                .flatMap(directory::byEmail);
    }
}
