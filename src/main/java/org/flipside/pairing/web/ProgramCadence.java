package org.flipside.pairing.web;

import java.time.ZoneId;
import java.util.Collection;
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
import org.flipside.shared.snapshot.Snapshot;
import org.flipside.shared.snapshot.SnapshotCache;
import org.flipside.shared.snapshot.Snapshots;
import org.springframework.stereotype.Component;

/**
 * A program's pairs' cadence for its managers, with the at-risk ones named and their reasons in words. Finding the
 * pairs at risk means tracking every active pair of the program, so the managers' pages read that list through a
 * short-lived cache ({@link Snapshots}) and say as of when; the cadence of the pairs a page lists is read live.
 */
@Component
class ProgramCadence {

    private final CadenceTracker tracker;
    private final PairStore store;
    private final PairViews views;
    private final AtRiskWording wording;
    private final SnapshotCache<ProgramZone, List<AtRiskPair>> atRiskReadings;

    ProgramCadence(CadenceTracker tracker, PairStore store, PairViews views, AtRiskWording wording,
                   Snapshots snapshots) {
        this.tracker = tracker;
        this.store = store;
        this.views = views;
        this.wording = wording;
        this.atRiskReadings = snapshots.cache(1_000, key -> atRisk(index(tracker.forProgram(key.programId())),
                key.zone()));
    }

    /** The cadence of every active pair of the program, by pair id (the tracker checks the caller manages it). */
    Map<Long, PairCadence> byPair(long programId) {
        return index(tracker.ofProgram(programId));
    }

    /** The cadence of those of {@code pairIds} that are active pairs of the program, for its managers. */
    Map<Long, PairCadence> ofPairs(long programId, Collection<Long> pairIds) {
        return index(tracker.ofPairs(programId, pairIds));
    }

    /** The program's pairs at risk as last read, worst first, for its managers (others: as the tracker says). */
    Snapshot<List<AtRiskPair>> atRisk(long programId, ZoneId zone) {
        tracker.requireManager(programId);
        return atRiskReadings.get(new ProgramZone(programId, zone));
    }

    /** The at-risk pairs among {@code cadence}, in {@link PairCadence#WORST_FIRST} order. */
    List<AtRiskPair> atRisk(Map<Long, PairCadence> cadence, ZoneId zone) {
        List<Long> ids = cadence.values().stream().filter(PairCadence::atRisk).map(PairCadence::pairId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return views.of(store.byIds(ids)).stream()
                .map(pair -> new AtRiskPair(pair, cadence.get(pair.id()), cadence.get(pair.id()).reasons().stream()
                        .map(reason -> wording.text(reason, zone)).toList()))
                .sorted(Comparator.comparing(AtRiskPair::cadence, PairCadence.WORST_FIRST))
                .toList();
    }

    private static Map<Long, PairCadence> index(List<PairCadence> cadence) {
        return cadence.stream().collect(Collectors.toMap(PairCadence::pairId, Function.identity()));
    }

    /** An at-risk pair with its reasons in words. */
    record AtRiskPair(PairView pair, PairCadence cadence, List<String> reasons) {
    }

    /** The reasons carry dates in the reader's zone, so readings are kept per program and zone. */
    private record ProgramZone(long programId, ZoneId zone) {
    }
}
