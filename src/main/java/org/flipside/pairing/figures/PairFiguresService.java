package org.flipside.pairing.figures;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.pairing.PairFigures;
import org.flipside.pairing.PairView;
import org.flipside.pairing.ProgramPairFigures;
import org.flipside.pairing.ProgramPairFigures.PairAtRisk;
import org.flipside.pairing.ProgramPairFigures.Reason;
import org.flipside.pairing.ProgramPairFigures.SideGoals;
import org.flipside.pairing.cadence.AtRiskWording;
import org.flipside.pairing.cadence.CadenceState;
import org.flipside.pairing.cadence.CadenceTracker;
import org.flipside.pairing.cadence.PairCadence;
import org.flipside.pairing.cadence.ReaderZone;
import org.flipside.pairing.pair.PairStore;
import org.flipside.pairing.pair.PairViews;
import org.flipside.program.Side;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PairFigures} from the aggregate queries, the cadence tracker (a fixed number of queries for the whole
 * program, at-risk signals included) and the views of the at-risk pairs only.
 */
@Service
@Transactional(readOnly = true)
class PairFiguresService implements PairFigures {

    private final FiguresQuery query;
    private final CadenceTracker tracker;
    private final AtRiskWording wording;
    private final PairStore store;
    private final PairViews views;

    PairFiguresService(FiguresQuery query, CadenceTracker tracker, AtRiskWording wording, PairStore store,
                       PairViews views) {
        this.query = query;
        this.tracker = tracker;
        this.wording = wording;
        this.store = store;
        this.views = views;
    }

    @Override
    public ProgramPairFigures of(long programId) {
        List<PairCadence> cadences = tracker.forProgram(programId);
        Map<String, Long> states = new LinkedHashMap<>();
        ProgramPairFigures.CADENCE_STATES.forEach(state -> states.put(state, 0L));
        List<PairCadence> atRisk = new ArrayList<>();
        for (PairCadence cadence : cadences) {
            CadenceState state = cadence.atRisk() ? CadenceState.AT_RISK : cadence.state();
            states.merge(state.name(), 1L, Long::sum);
            if (cadence.atRisk()) {
                atRisk.add(cadence);
            }
        }
        return new ProgramPairFigures(programId, query.peopleInActivePairs(programId), query.heldPerWeek(programId),
                goals(programId), states, named(atRisk));
    }

    private List<SideGoals> goals(long programId) {
        Map<Side, SideGoals> found = query.goals(programId).stream()
                .collect(Collectors.toMap(SideGoals::side, Function.identity()));
        return List.of(Side.MENTEE, Side.MENTOR).stream()
                .map(side -> found.getOrDefault(side, new SideGoals(side, 0, 0, 0, null))).toList();
    }

    private List<PairAtRisk> named(List<PairCadence> atRisk) {
        if (atRisk.isEmpty()) {
            return List.of();
        }
        Map<Long, PairView> pairs = views.of(store.byIds(atRisk.stream().map(PairCadence::pairId).toList())).stream()
                .collect(Collectors.toMap(PairView::id, Function.identity()));
        ZoneId zone = ReaderZone.current();
        return atRisk.stream().filter(c -> pairs.containsKey(c.pairId())).sorted(PairCadence.WORST_FIRST).map(c -> {
            PairView pair = pairs.get(c.pairId());
            return new PairAtRisk(c.pairId(), pair.mentee().fullName(), pair.mentor().fullName(), c.state().name(),
                    c.anchor(), c.reasons().stream().map(r -> new Reason(r.code(), wording.text(r, zone))).toList());
        }).toList();
    }
}
