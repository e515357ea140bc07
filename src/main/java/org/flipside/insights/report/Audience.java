package org.flipside.insights.report;

import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.identity.Role;
import org.flipside.people.Employee;
import org.flipside.program.CurrentEmployee;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantState;
import org.flipside.program.ProgramSponsors;
import org.flipside.program.Programs;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who reads a program's "You said, we did" and who exports it. Readers: the program's managers, its sponsor, its
 * approved participants, administrators and SPONSOR-role users — the people the program reports back to. Export (a
 * file that leaves Flipside): the program's managers, its sponsor and administrators.
 */
@Component
class Audience {

    private final Programs programs;
    private final ProgramSponsors sponsors;
    private final CurrentEmployee currentEmployee;
    private final Enrollment enrollment;

    Audience(Programs programs, ProgramSponsors sponsors, CurrentEmployee currentEmployee, Enrollment enrollment) {
        this.programs = programs;
        this.sponsors = sponsors;
        this.currentEmployee = currentEmployee;
        this.enrollment = enrollment;
    }

    boolean reads(long programId) {
        Set<String> roles = roles();
        return roles.contains(Role.ADMIN.authority()) || roles.contains(Role.SPONSOR.authority())
                || exportsAsManagerOrSponsor(programId) || approvedParticipant(programId);
    }

    boolean exports(long programId) {
        return roles().contains(Role.ADMIN.authority()) || exportsAsManagerOrSponsor(programId);
    }

    private boolean exportsAsManagerOrSponsor(long programId) {
        if (programs.managedByCurrentUser(programId)) {
            return true;
        }
        String me = currentEmployee.get().map(Employee::employeeNumber).orElse(null);
        return me != null && sponsors.of(programId).map(s -> s.employeeNumber().equals(me)).orElse(false);
    }

    private boolean approvedParticipant(long programId) {
        return roles().contains(Role.EMPLOYEE.authority()) && enrollment.mine().stream()
                .anyMatch(p -> p.programId() == programId && p.state() == ParticipantState.APPROVED);
    }

    private static Set<String> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }
}
