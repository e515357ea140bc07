package org.flipside.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One person in the directory as other modules, the pages and the API see them.
 *
 * @param employeeNumber the HR system's id, unique and stable across imports
 * @param grade          ordered level: a higher number is a more senior role
 * @param managerNumber  the manager's employee number, or {@code null} at the top of the organisation
 * @param timeZone       IANA zone id such as {@code Europe/London}
 */
public record Employee(String employeeNumber, String fullName, String email, String department, String jobTitle,
                       Integer grade, String managerNumber, LocalDate hireDate, Integer birthYear, String location,
                       String timeZone, List<String> languages, EmploymentStatus status, Instant updatedAt,
                       long version) {

    public Employee {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public boolean active() {
        return status == EmploymentStatus.ACTIVE;
    }
}
