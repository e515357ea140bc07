package org.flipside.pairing.workspace;

import java.util.List;
import org.flipside.pairing.PairState;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/** While a pair is forming, its workspace says it waits for the role training the program requires. */
@Component
class TrainingNotices implements WorkspaceNotices {

    private final UserMessages messages;

    TrainingNotices(UserMessages messages) {
        this.messages = messages;
    }

    @Override
    public List<WorkspaceNotice> of(Access access) {
        if (access.pair().state() != PairState.FORMING) {
            return List.of();
        }
        return List.of(new WorkspaceNotice(WorkspaceNotice.Level.WARNING,
                messages.text(access.member() ? "pair.notice.forming.member" : "pair.notice.forming.manager"),
                access.member() ? "/me/training" : null));
    }
}
