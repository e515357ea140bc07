package org.flipside.people;

import java.time.LocalDate;
import java.util.List;

/** A person to add to the directory; the same fields as {@link Employee} without what the directory assigns. */
public record NewEmployee(String employeeNumber, String fullName, String email, String department, String jobTitle,
                          Integer grade, String managerNumber, LocalDate hireDate, Integer birthYear, String location,
                          String timeZone, List<String> languages, EmploymentStatus status) {

    public NewEmployee {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
