package org.flipside.pairing.cadence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flipside.pairing.cadence.CadenceQuery.Scope;
import org.flipside.program.Programs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cadence state and at-risk reasons of active pairs at the injected clock's now: a program's for its managers,
 * one pair's for its workspace (whose access the caller decided), and every program's for the reminder jobs. Pairs
 * that are forming or closed are not tracked.
 */
@Component
@Transactional(readOnly = true)
public class CadenceTracker {

    private final CadenceQuery query;
    private final ObjectProvider<AtRiskSignals> signals;
    private final Programs programs;
    private final Clock clock;

    CadenceTracker(CadenceQuery query, ObjectProvider<AtRiskSignals> signals, Programs programs, Clock clock) {
        this.query = query;
        this.signals = signals;
        this.programs = programs;
        this.clock = clock;
    }

    /** The program's active pairs, for its managers (others: 404 for an unknown program, else access denied). */
    public List<PairCadence> ofProgram(long programId) {
        requireManager(programId);
        return track(query.active(Scope.program(programId)), programId).stream().map(Tracked::cadence).toList();
    }

    /** Those of {@code pairIds} that are active pairs of the program, for its managers (others as above). */
    public List<PairCadence> ofPairs(long programId, Collection<Long> pairIds) {
        requireManager(programId);
        if (pairIds.isEmpty()) {
            return List.of();
        }
        return track(query.active(Scope.pairsOf(programId, pairIds)), programId).stream().map(Tracked::cadence)
                .toList();
    }

    /** Lets the program's managers through; anyone else gets 404 for an unknown program, else access denied. */
    public void requireManager(long programId) {
        programs.outline(programId);
        if (!programs.managedByCurrentUser(programId)) {
            throw new AccessDeniedException("Only the program's managers follow its pairs' cadence.");
        }
    }

    /** The program's active pairs for program figures; the caller has checked who may see them. */
    public List<PairCadence> forProgram(long programId) {
        return track(query.active(Scope.program(programId)), programId).stream().map(Tracked::cadence).toList();
    }

    /** One pair's cadence, if it is active; the caller has checked who may see it. */
    public Optional<PairCadence> ofPair(long pairId) {
        return track(query.active(Scope.pair(pairId)), null).stream().map(Tracked::cadence).findFirst();
    }

    /** Every active pair with what its sessions say, for the reminder jobs (which act for nobody in particular). */
    public List<Tracked> everyActivePair() {
        return track(query.active(Scope.everyProgram()), null);
    }

    /** {@code programId}: the program every activity belongs to, or null. */
    private List<Tracked> track(List<PairActivity> activities, Long programId) {
        Instant now = clock.instant();
        Map<Long, List<AtRiskReason>> more = otherReasons(new TrackedPairs(programId,
                activities.stream().map(PairActivity::pairId).collect(Collectors.toSet())));
        return activities.stream().map(activity -> {
            CadenceState state = CadenceRules.state(activity.cadence(), activity.anchor(), activity.nextPlanned(),
                    now);
            List<AtRiskReason> reasons = new ArrayList<>(AtRiskRules.reasons(activity, state, now));
            reasons.addAll(more.getOrDefault(activity.pairId(), List.of()));
            return new Tracked(activity, new PairCadence(activity.pairId(), activity.programId(), state,
                    activity.anchor(), CadenceRules.dueAt(activity.cadence(), activity.anchor()),
                    activity.nextPlanned(), reasons));
        }).toList();
    }

    private Map<Long, List<AtRiskReason>> otherReasons(TrackedPairs pairs) {
        Map<Long, List<AtRiskReason>> all = new HashMap<>();
        if (pairs.isEmpty()) {
            return all;
        }
        signals.orderedStream().forEach(source -> source.reasons(pairs).forEach((pair, reasons) ->
                all.computeIfAbsent(pair, k -> new ArrayList<>()).addAll(reasons)));
        return all;
    }

    /** An active pair's sessions as read, and the cadence they give. */
    public record Tracked(PairActivity activity, PairCadence cadence) {
    }
}
