package org.flipside.pairing.closing;

import java.util.List;
import org.flipside.pairing.PairClosing;
import org.flipside.pairing.PairView;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.workspace.WorkspaceNotice;
import org.flipside.pairing.workspace.WorkspaceNotices;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/** Says on every workspace page that someone proposed to close the pair, or that it is closed and read-only. */
@Component
class ClosingNotices implements WorkspaceNotices {

    private final UserMessages messages;

    ClosingNotices(UserMessages messages) {
        this.messages = messages;
    }

    @Override
    public List<WorkspaceNotice> of(Access access) {
        PairView pair = access.pair();
        PairClosing closing = pair.closing();
        String link = "/pairs/" + pair.id() + "/close";
        if (pair.state().closed()) {
            return List.of(new WorkspaceNotice(WorkspaceNotice.Level.INFO,
                    messages.text("pair.closing.notice.closed", messages.text(pair.state().messageKey())), link));
        }
        if (closing == null || closing.requestedBy() == null) {
            return List.of();
        }
        String outcome = messages.text(closing.outcome().messageKey());
        if (access.member() && access.side() == closing.requestedBy()) {
            return List.of(new WorkspaceNotice(WorkspaceNotice.Level.INFO, messages.text(
                    "pair.closing.notice.own", outcome, pair.partnerOf(access.side()).fullName()), link));
        }
        return List.of(new WorkspaceNotice(WorkspaceNotice.Level.WARNING, messages.text("pair.closing.notice.proposed",
                pair.member(closing.requestedBy()).fullName(), outcome), link));
    }
}
