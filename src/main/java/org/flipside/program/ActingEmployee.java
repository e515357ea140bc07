package org.flipside.program;

import java.util.List;
import org.flipside.identity.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A security context for code that acts on behalf of a directory employee who has no account, such as the demo
 * seeding filling in participants' applications and profiles. {@link CurrentEmployee} resolves it by employee
 * number, so the participant rules apply exactly as for a signed-in person. Sign-in never produces one.
 */
public final class ActingEmployee extends AbstractAuthenticationToken {

    private final String employeeNumber;

    public ActingEmployee(String employeeNumber) {
        super(List.of(new SimpleGrantedAuthority(Role.EMPLOYEE.authority())));
        this.employeeNumber = employeeNumber;
        setAuthenticated(true);
    }

    public String employeeNumber() {
        return employeeNumber;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return employeeNumber;
    }
}
