package org.flipside.matching.scoring;

import java.util.Objects;
import java.util.Set;
import org.flipside.people.ReportingLines;

/**
 * What the hard constraints need besides the profiles and the settings.
 *
 * @param earlierPairs people matched in an earlier program; never paired again when the program avoids that
 * @param forbidden    pairs the program's managers forbade
 */
public record HardRules(ReportingLines reportingLines, Set<PairKey> earlierPairs, Set<PairKey> forbidden) {

    public HardRules {
        Objects.requireNonNull(reportingLines, "reportingLines");
        earlierPairs = earlierPairs == null ? Set.of() : Set.copyOf(earlierPairs);
        forbidden = forbidden == null ? Set.of() : Set.copyOf(forbidden);
    }
}
