package org.flipside.pairing.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.pairing.PairState;
import org.flipside.pairing.cadence.AtRiskReason;
import org.flipside.pairing.cadence.AtRiskSignals;
import org.flipside.pairing.cadence.TrackedPairs;
import org.flipside.program.Side;
import org.springframework.stereotype.Component;

/**
 * An agreement still not signed by both people two weeks after its current text was written (or after the pair
 * formed, while nothing is written) puts the pair on its managers' at-risk list: the pair never settled how it works.
 */
@Component
class UnsignedAgreementSignal implements AtRiskSignals {

    static final String CODE = "AGREEMENT_UNSIGNED";
    static final Duration GRACE = Duration.ofDays(14);

    private final AgreementStore store;
    private final Clock clock;

    UnsignedAgreementSignal(AgreementStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Map<Long, List<AtRiskReason>> reasons(TrackedPairs pairs) {
        if (pairs.isEmpty()) {
            return Map.of();
        }
        Instant limit = clock.instant().minus(GRACE);
        List<AgreementStore.Standing> standings = pairs.byIds() ? store.standingsOf(pairs.ids())
                : pairs.programId() != null ? store.standingsInProgram(pairs.programId())
                : store.standings(List.of(PairState.ACTIVE.name()));
        return standings.stream().filter(s -> pairs.contains(s.pairId()))
                .filter(s -> !(s.signedBy(Side.MENTEE) && s.signedBy(Side.MENTOR)) && s.since().isBefore(limit))
                .collect(Collectors.toMap(AgreementStore.Standing::pairId, s -> List.of(new AtRiskReason(CODE,
                        "agreement.atRisk.unsigned", List.of(s.since())))));
    }
}
