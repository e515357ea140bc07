package org.flipside.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after sign-in even if it was used all along; the idle timeout is the
 * session store's own expiry.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    private final Duration limit;
    private final Clock clock;

    AbsoluteSessionTimeoutFilter(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInAt.ATTRIBUTE) instanceof Long signedInAt
                && clock.millis() - signedInAt > limit.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
