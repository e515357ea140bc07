package org.flipside.program;

import java.time.ZoneId;
import java.util.Set;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signed-in people for tests, built the way the application builds them: a FlipsideUser principal with its roles. */
public final class ProgramTestUsers {

    private ProgramTestUsers() {
    }

    public static Authentication signedIn(String username, Role... roles) {
        FlipsideUser user = new FlipsideUser(Math.abs(username.hashCode()), username, username,
                ZoneId.of("Europe/Paris"), Set.of(roles), true, null);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    public static Authentication manager() {
        return signedIn("pm.anna", Role.PROGRAM_MANAGER);
    }

    public static Authentication employee() {
        return signedIn("emp.ben", Role.EMPLOYEE);
    }

    public static Authentication sponsor() {
        return signedIn("sponsor.cleo", Role.SPONSOR);
    }

    /** Runs as {@code who} on the current thread, the way a background job sets up its security context. */
    public static void actAs(Authentication who) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
    }
}
