package org.flipside.identity.signin;

import org.flipside.audit.AuditLog;
import org.flipside.audit.Outcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Audits every password sign-in and feeds failures to the throttle. */
@Component
class SignInAuditor {

    private final AuditLog audit;
    private final SignInThrottle throttle;

    SignInAuditor(AuditLog audit, SignInThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (!(authentication.getDetails() instanceof WebAuthenticationDetails details)) {
            return;
        }
        audit.recordAs(authentication.getName(), details.getRemoteAddress(), "SIGN_IN", Outcome.SUCCESS, "Account",
                authentication.getName(), null);
        throttle.recordSuccess(authentication.getName());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
        String username = attempt.getName();
        // The reason stays generic in the response; the audit log keeps the precise one for administrators.
        audit.recordAs(username, address, "SIGN_IN", Outcome.FAILURE, "Account", username,
                event.getException().getClass().getSimpleName());
        throttle.recordFailure(username, address);
    }
}
