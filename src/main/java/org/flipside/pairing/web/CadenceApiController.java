package org.flipside.pairing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.flipside.pairing.cadence.AtRiskReason;
import org.flipside.pairing.cadence.AtRiskWording;
import org.flipside.pairing.cadence.PairCadence;
import org.flipside.pairing.cadence.ReaderZone;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A program's pairs against its cadence, and those at risk, for the program's managers. */
@RestController
@Tag(name = "Pair cadence", description = "How a program's active pairs keep to its cadence; pairs at risk and why")
class CadenceApiController {

    private final ProgramCadence cadence;
    private final AtRiskWording wording;

    CadenceApiController(ProgramCadence cadence, AtRiskWording wording) {
        this.cadence = cadence;
        this.wording = wording;
    }

    @GetMapping("/api/v1/programs/{id}/pairs/cadence")
    @PreAuthorize(ProgramPairsController.MANAGER)
    @Operation(summary = "The cadence state of every active pair of the program (managers of the program)",
            description = "ON_TRACK, DUE, OVERDUE or AT_RISK, measured from the last held session (or the pair's "
                    + "activation) against the program's cadence in fixed days; with the reasons a pair is at risk. "
                    + "Forming and closed pairs are not tracked.")
    List<CadenceBody> ofProgram(@PathVariable long id) {
        ZoneId zone = ReaderZone.current();
        return cadence.byPair(id).values().stream().sorted(Comparator.comparingLong(PairCadence::pairId))
                .map(c -> body(c, zone)).toList();
    }

    @GetMapping("/api/v1/programs/{id}/pairs/at-risk")
    @PreAuthorize(ProgramPairsController.MANAGER)
    @Operation(summary = "The program's pairs at risk, worst first, with the reasons (managers of the program)",
            description = "A pair is at risk when no session was held for twice the cadence, when its senior "
                    + "cancelled at least two of the last three sessions, or when its senior did not show up to one "
                    + "of them.")
    List<AtRiskBody> atRisk(@PathVariable long id) {
        ZoneId zone = ReaderZone.current();
        Map<Long, PairCadence> all = cadence.byPair(id);
        return cadence.atRisk(all, zone).stream().map(p -> new AtRiskBody(p.pair().id(),
                p.pair().mentee().fullName(), p.pair().mentor().fullName(), body(p.cadence(), zone))).toList();
    }

    private CadenceBody body(PairCadence c, ZoneId zone) {
        return new CadenceBody(c.pairId(), c.state().name(), c.anchor(), c.dueAt(), c.nextPlanned(), c.atRisk(),
                c.reasons().stream().map(r -> reason(r, zone)).toList());
    }

    private ReasonBody reason(AtRiskReason reason, ZoneId zone) {
        return new ReasonBody(reason.code(), wording.text(reason, zone));
    }

    /** One active pair's cadence: {@code anchor} is the last held session's start or the activation. */
    record CadenceBody(long pairId, String state, Instant anchor, Instant dueAt, Instant nextPlanned, boolean atRisk,
                       List<ReasonBody> reasons) {
    }

    record AtRiskBody(long pairId, String mentee, String mentor, CadenceBody cadence) {
    }

    record ReasonBody(String code, String text) {
    }
}
