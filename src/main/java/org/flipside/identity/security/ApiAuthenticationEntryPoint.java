package org.flipside.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 for API calls without a usable token; points the client at the Bearer scheme. */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"flipside\"");
        ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", "Sign-in required",
                "Send a personal API token as 'Authorization: Bearer <token>'. Tokens are created on your account page.");
    }
}
