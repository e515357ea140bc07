package org.flipside.identity;

/**
 * Global roles. Mentor and mentee are not here: they are a person's role within one program.
 */
public enum Role {
    ADMIN,
    PROGRAM_MANAGER,
    SPONSOR,
    EMPLOYEE;

    /** The authority Spring Security checks with {@code hasRole(...)}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
