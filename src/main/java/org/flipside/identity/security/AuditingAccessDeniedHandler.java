package org.flipside.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.flipside.audit.AuditLog;
import org.flipside.audit.Outcome;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** Audits every refusal, then answers 403 as a problem document (API) or the error page (browser). */
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final AuditLog audit;
    private final boolean api;

    AuditingAccessDeniedHandler(AuditLog audit, boolean api) {
        this.audit = audit;
        this.api = api;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException, ServletException {
        boolean csrf = exception instanceof CsrfException;
        audit.record(csrf ? "CSRF_REJECTED" : "ACCESS_DENIED", Outcome.DENIED, "Endpoint",
                request.getMethod() + " " + request.getRequestURI(), null);
        if (api) {
            ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Forbidden",
                    "Your roles do not allow this request.");
            return;
        }
        request.setAttribute("csrfRejected", csrf);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher("/access-denied").forward(request, response);
    }
}
