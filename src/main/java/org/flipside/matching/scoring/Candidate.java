package org.flipside.matching.scoring;

import java.util.Objects;
import org.flipside.people.Employee;
import org.flipside.program.ProfileSnapshot;

/**
 * One participant as matching sees them: their profile and their directory entry.
 *
 * @param employee {@code null} when the participant is no longer in the directory; the criteria that need the
 *                 directory then say that the information is unknown
 */
public record Candidate(ProfileSnapshot profile, Employee employee) {

    public Candidate {
        Objects.requireNonNull(profile, "profile");
    }

    public String employeeNumber() {
        return profile.employeeNumber();
    }

    /** The name shown in reasons: the directory's full name, else the employee number. */
    public String displayName() {
        return employee != null && employee.fullName() != null ? employee.fullName() : profile.employeeNumber();
    }
}
