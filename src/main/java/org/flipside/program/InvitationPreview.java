package org.flipside.program;

import java.util.List;
import org.flipside.people.Employee;

/**
 * Who an invitation by filter would reach before the manager confirms it.
 *
 * @param count    how many would be invited
 * @param skipped  how many matched but are already enrolled in the program
 * @param sample   the first of them, by name
 */
public record InvitationPreview(long count, long skipped, List<Employee> sample) {

    public InvitationPreview {
        sample = List.copyOf(sample);
    }
}
