package org.flipside.identity.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.flipside.identity.FlipsideUser;
import org.flipside.identity.account.ActivePrincipals;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. A token that is unknown, revoked,
 * expired or belongs to a deactivated account is answered 401 at once.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final ApiTokenService tokens;
    private final ActivePrincipals principals;
    private final AuthenticationEntryPoint entryPoint;

    public BearerTokenFilter(ApiTokenService tokens, ActivePrincipals principals, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.principals = principals;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<FlipsideUser> user = tokens.authenticate(header.substring(SCHEME.length()).strip())
                .flatMap(token -> principals.byId(token.userId()));
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Invalid API token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
