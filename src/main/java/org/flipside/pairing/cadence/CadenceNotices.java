package org.flipside.pairing.cadence;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.workspace.WorkspaceNotice;
import org.flipside.pairing.workspace.WorkspaceNotices;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/**
 * Tells an active pair's people on every workspace page when it is time to meet. Its people hear "due" or "overdue",
 * never "at risk": that warning sign and its reasons (which may be about one of them) are for the program's managers,
 * who see them here too.
 */
@Component
class CadenceNotices implements WorkspaceNotices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final CadenceTracker tracker;
    private final AtRiskWording wording;
    private final UserMessages messages;

    CadenceNotices(CadenceTracker tracker, AtRiskWording wording, UserMessages messages) {
        this.tracker = tracker;
        this.wording = wording;
        this.messages = messages;
    }

    @Override
    public List<WorkspaceNotice> of(Access access) {
        if (!access.pair().active()) {
            return List.of();
        }
        return tracker.ofPair(access.pair().id()).map(cadence -> notices(access, cadence)).orElse(List.of());
    }

    private List<WorkspaceNotice> notices(Access access, PairCadence cadence) {
        ZoneId zone = ReaderZone.current();
        String due = DATE.format(cadence.dueAt().atZone(zone));
        String sessions = "/pairs/" + access.pair().id() + "/sessions";
        if (access.member()) {
            return switch (cadence.state().forMembers()) {
                case ON_TRACK -> List.of();
                case DUE -> List.of(new WorkspaceNotice(WorkspaceNotice.Level.INFO,
                        messages.text("cadence.notice.member.DUE", due), sessions));
                default -> List.of(new WorkspaceNotice(WorkspaceNotice.Level.WARNING,
                        messages.text("cadence.notice.member.OVERDUE", due), sessions));
            };
        }
        if (cadence.state() == CadenceState.ON_TRACK && !cadence.atRisk()) {
            return List.of();
        }
        String reasons = String.join(" ", cadence.reasons().stream().map(r -> wording.text(r, zone)).toList());
        return List.of(new WorkspaceNotice(cadence.atRisk() ? WorkspaceNotice.Level.WARNING : WorkspaceNotice.Level.INFO,
                messages.text("cadence.notice.manager", messages.text(cadence.state().messageKey()), due, reasons),
                null));
    }
}
