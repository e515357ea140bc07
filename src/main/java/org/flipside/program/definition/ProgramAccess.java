package org.flipside.program.definition;

import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.identity.Role;
import org.flipside.program.ProgramState;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may see and change which program, decided from the current security context. Controllers already check
 * roles; this repeats the check for callers that are not controllers (background jobs) and adds the per-record
 * rule: drafts are for the people who plan programs, not for every employee.
 */
final class ProgramAccess {

    private ProgramAccess() {
    }

    static void requireManager() {
        if (!roles().contains(Role.PROGRAM_MANAGER.authority())) {
            throw new AccessDeniedException("Only program managers change programs.");
        }
    }

    static boolean isManager() {
        return roles().contains(Role.PROGRAM_MANAGER.authority());
    }

    static boolean seesDrafts() {
        Set<String> roles = roles();
        return roles.contains(Role.PROGRAM_MANAGER.authority()) || roles.contains(Role.ADMIN.authority())
                || roles.contains(Role.SPONSOR.authority());
    }

    static boolean sees(ProgramState state) {
        return seesDrafts() || (state != ProgramState.DRAFT && roles().contains(Role.EMPLOYEE.authority()));
    }

    /** Employees see programs once they are announced, never drafts; callers without a role see nothing. */
    static boolean seesAny() {
        return seesDrafts() || roles().contains(Role.EMPLOYEE.authority());
    }

    static String actor() {
        Authentication authentication = current();
        return authentication == null ? "system" : limit(authentication.getName());
    }

    private static Set<String> roles() {
        Authentication authentication = current();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    private static Authentication current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication;
    }

    private static String limit(String name) {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
