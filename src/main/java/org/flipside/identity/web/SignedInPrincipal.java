package org.flipside.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import org.flipside.identity.AccountView;
import org.flipside.identity.FlipsideUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Refreshes the principal kept in the session after the user changes their own profile (name, time zone). */
final class SignedInPrincipal {

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SignedInPrincipal() {
    }

    static void refresh(FlipsideUser current, AccountView updated, HttpServletRequest request, HttpServletResponse response) {
        FlipsideUser principal = new FlipsideUser(current.id(), current.getUsername(), updated.displayName(),
                ZoneId.of(updated.timeZone()), current.roles(), true, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }
}
