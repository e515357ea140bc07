package org.flipside.pairing.web;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.pairing.PairView;
import org.flipside.pairing.cadence.AtRiskWording;
import org.flipside.pairing.cadence.CadenceTracker;
import org.flipside.pairing.cadence.PairCadence;
import org.flipside.pairing.pair.PairStore;
import org.flipside.pairing.pair.PairViews;
import org.springframework.stereotype.Component;

/** A program's pairs' cadence for its managers, with the at-risk ones named and their reasons in words. */
@Component
class ProgramCadence {

    private final CadenceTracker tracker;
    private final PairStore store;
    private final PairViews views;
    private final AtRiskWording wording;

    ProgramCadence(CadenceTracker tracker, PairStore store, PairViews views, AtRiskWording wording) {
        this.tracker = tracker;
        this.store = store;
        this.views = views;
        this.wording = wording;
    }

    /** The cadence of every active pair of the program, by pair id (the tracker checks the caller manages it). */
    Map<Long, PairCadence> byPair(long programId) {
        return tracker.ofProgram(programId).stream()
                .collect(Collectors.toMap(PairCadence::pairId, Function.identity()));
    }

    /** The at-risk pairs among {@code cadence}, worst state first, then oldest pair first. */
    List<AtRiskPair> atRisk(Map<Long, PairCadence> cadence, ZoneId zone) {
        List<Long> ids = cadence.values().stream().filter(PairCadence::atRisk).map(PairCadence::pairId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return views.of(store.byIds(ids)).stream()
                .map(pair -> new AtRiskPair(pair, cadence.get(pair.id()), cadence.get(pair.id()).reasons().stream()
                        .map(reason -> wording.text(reason, zone)).toList()))
                .sorted(Comparator.comparing((AtRiskPair p) -> p.cadence().state()).reversed()
                        .thenComparing(p -> p.pair().id()))
                .toList();
    }

    /** An at-risk pair with its reasons in words. */
    record AtRiskPair(PairView pair, PairCadence cadence, List<String> reasons) {
    }
}
