package org.flipside.feedback.survey;

import java.time.Clock;
import java.util.List;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairRole;
import org.flipside.pairing.PairView;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.workspace.WorkspaceNotice;
import org.flipside.pairing.workspace.WorkspaceNotices;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/**
 * Tells each person of a pair, on the pair's pages, that a survey of this pair or its program waits for their
 * answer — their own invitations only, so nobody learns whether the partner has answered.
 */
@Component
class SurveyNotices implements WorkspaceNotices {

    private final SurveyInstanceStore instances;
    private final UserMessages messages;
    private final Clock clock;

    SurveyNotices(SurveyInstanceStore instances, UserMessages messages, Clock clock) {
        this.instances = instances;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<WorkspaceNotice> of(Access access) {
        if (access.role() == PairRole.MANAGER) {
            return List.of();
        }
        PairView pair = access.pair();
        PairMember viewer = access.role() == PairRole.MENTEE ? pair.mentee() : pair.mentor();
        return instances.openOf(viewer.employeeNumber(), clock.instant()).stream()
                .filter(invitation -> invitation.programId() == pair.programId()
                        && (invitation.pairId() == null || invitation.pairId() == pair.id()))
                .findFirst()
                .map(invitation -> List.of(new WorkspaceNotice(WorkspaceNotice.Level.INFO,
                        messages.text("survey.notice", invitation.title()), "/surveys/" + invitation.id())))
                .orElse(List.of());
    }
}
