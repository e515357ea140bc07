package org.flipside.pairing.assessment;

import java.util.List;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.workspace.WorkspaceNotice;
import org.flipside.pairing.workspace.WorkspaceNotices;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/**
 * Reminds each of the pair's people, on every workspace page, of the self-assessment that is theirs to give: the
 * starting one while the pair runs, the closing one once it is due. Managers are not asked anything.
 */
@Component
class AssessmentNotices implements WorkspaceNotices {

    private final AssessmentStore store;
    private final AssessmentService assessments;
    private final UserMessages messages;

    AssessmentNotices(AssessmentStore store, AssessmentService assessments, UserMessages messages) {
        this.store = store;
        this.assessments = assessments;
        this.messages = messages;
    }

    @Override
    public List<WorkspaceNotice> of(Access access) {
        if (!access.member()) {
            return List.of();
        }
        List<StoredAssessment> stored = store.ofPair(access.pair().id());
        boolean pre = AssessmentService.find(stored, access.side(), Phase.PRE).isPresent();
        boolean post = AssessmentService.find(stored, access.side(), Phase.POST).isPresent();
        String link = "/pairs/" + access.pair().id() + "/assessment";
        if (!pre && !access.pair().state().closed()) {
            return List.of(new WorkspaceNotice(WorkspaceNotice.Level.INFO,
                    messages.text("pair.assessment.notice.pre"), link));
        }
        if (pre && !post && assessments.postDue(access.pair())) {
            return List.of(new WorkspaceNotice(WorkspaceNotice.Level.WARNING,
                    messages.text("pair.assessment.notice.post"), link));
        }
        return List.of();
    }
}
