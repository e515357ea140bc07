package org.flipside.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Leave dates and level changes for reports, each call in a fixed number of queries however many people it covers.
 * Callers check roles: this is HR data.
 */
public interface DirectoryHistory {

    /** The history of each of these people, by employee number; unknown numbers are missing from the map. */
    Map<String, EmploymentHistory> of(Collection<String> employeeNumbers);

    /** The history of everyone, active or not, in these departments. */
    List<EmploymentHistory> inDepartments(Collection<String> departments);
}
