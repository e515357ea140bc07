package org.flipside.pairing.pair;

import java.util.List;
import org.flipside.matching.ManualMatches;
import org.flipside.matching.ManualMatches.ManualMatch;
import org.flipside.pairing.PairOrigin;
import org.flipside.pairing.PairRole;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantView;
import org.flipside.program.Programs;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Pairs}: reads through {@link PairAccess}, a manager's pair by hand through matching's seats and rules. */
@Service
@Transactional(readOnly = true)
class PairService implements Pairs {

    private final PairStore store;
    private final PairViews views;
    private final PairAccess access;
    private final PairFormation formation;
    private final ManualMatches manualMatches;
    private final Enrollment enrollment;
    private final Programs programs;

    PairService(PairStore store, PairViews views, PairAccess access, PairFormation formation,
                ManualMatches manualMatches, Enrollment enrollment, Programs programs) {
        this.store = store;
        this.views = views;
        this.access = access;
        this.formation = formation;
        this.manualMatches = manualMatches;
        this.enrollment = enrollment;
        this.programs = programs;
    }

    @Override
    public PairView get(long pairId) {
        return access.require(pairId).pair();
    }

    @Override
    public PairRole role(long pairId) {
        return access.require(pairId).role();
    }

    @Override
    public List<PairView> mine() {
        List<Long> participantIds = enrollment.mine().stream().map(ParticipantView::id).toList();
        return participantIds.isEmpty() ? List.of() : views.of(store.ofParticipants(participantIds));
    }

    @Override
    public PageOf<PairView> ofProgram(long programId, int page, int size) {
        requireManager(programId);
        int bounded = PageRequests.size(size);
        int from = Math.max(0, page);
        return new PageOf<>(views.of(store.ofProgram(programId, from, bounded)), from, bounded,
                store.countOfProgram(programId));
    }

    @Override
    @Transactional
    public PairView create(long programId, long mentee, long mentor) {
        requireManager(programId);
        ManualMatch match = manualMatches.confirm(programId, mentee, mentor);
        return formation.form(programId, match.matchId(), mentee, mentor, PairOrigin.MANUAL,
                SecurityContextHolder.getContext().getAuthentication().getName());
    }

    private void requireManager(long programId) {
        programs.get(programId);
        if (!programs.managedByCurrentUser(programId)) {
            throw new AccessDeniedException("Only the program's managers see and make its pairs.");
        }
    }
}
