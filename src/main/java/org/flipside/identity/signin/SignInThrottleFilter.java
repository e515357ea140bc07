package org.flipside.identity.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.flipside.audit.AuditLog;
import org.flipside.audit.Outcome;
import org.flipside.shared.web.ClientAddress;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt with 429 while its account or address is blocked, before the password is even checked,
 * so that guessing cannot go on at full speed.
 */
@Component
public class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final AuditLog audit;

    SignInThrottleFilter(SignInThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String address = ClientAddress.of(request);
        Optional<Duration> block = throttle.blockFor(username, address);
        if (block.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, block.get().toSeconds());
        audit.recordAs(username, address, "SIGN_IN_THROTTLED", Outcome.DENIED, "Account", username,
                "retryAfterSeconds=" + seconds);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        request.setAttribute("retryAfterMinutes", (seconds + 59) / 60);
        request.getRequestDispatcher("/login/throttled").forward(request, response);
    }
}
