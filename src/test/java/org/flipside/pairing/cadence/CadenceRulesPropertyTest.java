package org.flipside.pairing.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.flipside.program.Cadence;

/** As time passes with no new session, a pair's cadence state never gets better. */
class CadenceRulesPropertyTest {

    static final Instant ANCHOR = Instant.parse("2026-01-05T10:00:00Z");

    @Property(tries = 500)
    void theStateNeverImprovesAsTimePassesWithNoSessions(@ForAll Cadence cadence,
                                                          @ForAll @LongRange(min = -1, max = 90 * 24) long plannedHours,
                                                          @ForAll @LongRange(min = 0, max = 100 * 24 * 60) long first,
                                                          @ForAll @LongRange(min = 0, max = 100 * 24 * 60) long later) {
        Instant planned = plannedHours < 0 ? null : ANCHOR.plus(Duration.ofHours(plannedHours));
        Instant earlier = ANCHOR.plus(Duration.ofMinutes(Math.min(first, later)));
        Instant after = ANCHOR.plus(Duration.ofMinutes(Math.max(first, later)));

        CadenceState before = CadenceRules.state(cadence, ANCHOR, planned, earlier);
        CadenceState then = CadenceRules.state(cadence, ANCHOR, planned, after);

        assertThat(then.compareTo(before)).as("%s at %s, then %s at %s", before, earlier, then, after)
                .isGreaterThanOrEqualTo(0);
    }
}
