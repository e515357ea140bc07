package org.flipside.program.profile;

import org.flipside.identity.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in caller as the profile rules need them: name and global roles. */
final class Caller {

    private Caller() {
    }

    static boolean has(Role role) {
        Authentication authentication = current();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(role.authority()));
    }

    static String name() {
        Authentication authentication = current();
        String name = authentication == null ? "system" : authentication.getName();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static Authentication current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication;
    }
}
