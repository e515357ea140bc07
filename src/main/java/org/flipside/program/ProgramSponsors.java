package org.flipside.program;

import java.util.List;
import java.util.Optional;
import org.flipside.people.Employee;

/**
 * A program's optional sponsor: an active employee with an account, the senior person insights of the program are
 * proposed to by default. Its managers set or clear the sponsor; the program's version guards the change.
 */
public interface ProgramSponsors {

    /**
     * The sponsor's directory entry, if the program has one. Not authorised on its own: callers show it only to people
     * who may see the program, or use it to decide who may see something.
     */
    Optional<Employee> of(long programId);

    /**
     * Sets the sponsor by employee number, or clears it for {@code null} or blank. Only the program's managers (anyone
     * else: 404); the employee must be active and able to sign in (400 naming the field {@code sponsor}); a stale
     * {@code expectedVersion} gets {@link org.flipside.shared.StaleEditException}.
     */
    ProgramView set(long programId, String employeeNumber, long expectedVersion);

    /**
     * Up to {@code limit} active employees with an active account whose name, email, number or job title contains the
     * text, for choosing a sponsor or an insight's owner; nothing for fewer than two characters.
     */
    List<Employee> candidates(String text, int limit);

    /** Whether the employee is active and has an active account under the same work email. */
    boolean eligible(Employee employee);
}
