package org.flipside.pairing.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.pairing.AssessmentResult;
import org.flipside.pairing.AssessmentResult.ItemResult;
import org.flipside.pairing.AssessmentResults;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.NotFoundException;
import org.flipside.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link AssessmentResults} for a program's managers (and administrators and sponsors), from the stored assessments in one query. */
@Service
@Transactional(readOnly = true)
class AssessmentResultsService implements AssessmentResults {

    private final AssessmentStore store;
    private final AssessmentItems items;
    private final Programs programs;

    AssessmentResultsService(AssessmentStore store, AssessmentItems items, Programs programs) {
        this.store = store;
        this.items = items;
        this.programs = programs;
    }

    @Override
    public List<AssessmentResult> ofProgram(long programId) {
        if (!programs.managedByCurrentUser(programId) && !overseer()) {
            throw new NotFoundException("Program", programId);
        }
        return results(store.ofProgram(programId));
    }

    /** Administrators and sponsors read the results for the outcomes report, which shows only aggregates. */
    private static boolean overseer() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.ADMIN.authority()) || a.equals(Role.SPONSOR.authority()));
    }

    /** One result per pair and side with a PRE assessment, in the order {@code stored} lists them. */
    List<AssessmentResult> results(List<StoredAssessment> stored) {
        List<String> allItems = new ArrayList<>();
        stored.forEach(a -> allItems.addAll(a.items()));
        Map<String, String> names = items.names(allItems);
        List<AssessmentResult> results = new ArrayList<>();
        for (StoredAssessment pre : stored) {
            if (pre.phase() != Phase.PRE) {
                continue;
            }
            StoredAssessment post = stored.stream().filter(a -> a.pairId() == pre.pairId()
                    && a.side() == pre.side() && a.phase() == Phase.POST).findFirst().orElse(null);
            results.add(new AssessmentResult(pre.pairId(), pre.side(), pre.participantId(), pre.ratings().stream()
                    .map(r -> new ItemResult(r.item(), names.get(r.item()), r.rating(),
                            post == null ? null : post.ratingOf(r.item()))).toList()));
        }
        results.sort((a, b) -> a.pairId() != b.pairId() ? Long.compare(a.pairId(), b.pairId())
                : Integer.compare(order(a.side()), order(b.side())));
        return results;
    }

    private static int order(Side side) {
        return side == Side.MENTEE ? 0 : 1;
    }
}
