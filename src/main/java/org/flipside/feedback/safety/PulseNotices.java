package org.flipside.feedback.safety;

import java.util.List;
import org.flipside.pairing.PairRole;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.workspace.WorkspaceNotice;
import org.flipside.pairing.workspace.WorkspaceNotices;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/**
 * Tells the junior mentor on their pair's pages that a pulse waits. The senior mentee and the managers see nothing:
 * not that a pulse exists, nor whether it was answered.
 */
@Component
class PulseNotices implements WorkspaceNotices {

    private final SafetyPulse pulse;
    private final UserMessages messages;

    PulseNotices(SafetyPulse pulse, UserMessages messages) {
        this.pulse = pulse;
        this.messages = messages;
    }

    @Override
    public List<WorkspaceNotice> of(Access access) {
        if (access.role() != PairRole.MENTOR || !pulse.waitingFor(access.pair().id())) {
            return List.of();
        }
        return List.of(new WorkspaceNotice(WorkspaceNotice.Level.INFO, messages.text("feedback.safety.notice"),
                "/me/safety-pulse"));
    }
}
