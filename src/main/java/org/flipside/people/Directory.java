package org.flipside.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.shared.web.PageOf;

/** Reads the employee directory. Callers check roles: the directory is HR data and personal data. */
public interface Directory {

    /** One page of the people matching the query, sorted by name; {@code page} counts from 0. */
    PageOf<Employee> search(DirectoryQuery query, int page, int size);

    Optional<Employee> byNumber(String employeeNumber);

    /**
     * The people with these employee numbers, by number, in a few queries however many numbers are asked for;
     * numbers nobody has are missing from the map.
     */
    Map<String, Employee> byNumbers(Collection<String> employeeNumbers);

    /**
     * The person with this work email, ignoring case; an active employee wins over a leaver with the same address.
     * This is how a signed-in account finds its own directory entry.
     */
    Optional<Employee> byEmail(String email);

    /** The people whose manager is the given employee, sorted by name. */
    List<Employee> directReports(String managerNumber);

    /** Distinct departments, sorted, for filter choices. */
    List<String> departments();

    /** Distinct locations, sorted, for filter choices. */
    List<String> locations();

    long count();
}
