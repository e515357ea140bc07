package org.flipside.identity.account;

import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of one account, on every application instance, because sessions live in the shared database.
 */
@Component
public class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    public int endAllSessionsOf(String username) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
        found.keySet().forEach(sessions::deleteById);
        return found.size();
    }
}
