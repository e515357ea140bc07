package org.flipside.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Stamps the session with the sign-in time, then returns the user to the page they wanted. */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Clock clock;

    SignInSuccessHandler(Clock clock) {
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        request.getSession().setAttribute(SignedInAt.ATTRIBUTE, clock.millis());
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
