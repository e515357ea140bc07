package org.flipside.pairing.agreement;

import java.util.List;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.workspace.WorkspaceNotice;
import org.flipside.pairing.workspace.WorkspaceNotices;
import org.flipside.program.Side;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/**
 * Until both people signed the current agreement, every workspace page says so: to a person who has not signed, that
 * they should; to one who has, whom they wait for; to a manager, that it is not signed yet.
 */
@Component
class AgreementNotices implements WorkspaceNotices {

    private final AgreementService agreements;
    private final UserMessages messages;

    AgreementNotices(AgreementService agreements, UserMessages messages) {
        this.agreements = agreements;
        this.messages = messages;
    }

    @Override
    public List<WorkspaceNotice> of(Access access) {
        if (access.pair().state().closed()) {
            return List.of();
        }
        AgreementView agreement = agreements.of(access.pair());
        if (agreement.signed()) {
            return List.of();
        }
        String link = "/pairs/" + access.pair().id() + "/agreement";
        return List.of(new WorkspaceNotice(WorkspaceNotice.Level.WARNING, text(access, agreement), link));
    }

    private String text(Access access, AgreementView agreement) {
        if (!access.member()) {
            return messages.text(agreement.written() ? "agreement.notice.manager" : "agreement.notice.manager.none");
        }
        if (!agreement.written()) {
            return messages.text("agreement.notice.none");
        }
        Side side = access.side();
        if (!agreement.signedBy(side)) {
            return messages.text("agreement.notice.sign", agreement.version());
        }
        Side other = side == Side.MENTEE ? Side.MENTOR : Side.MENTEE;
        return messages.text("agreement.notice.waiting", access.pair().member(other).fullName());
    }
}
