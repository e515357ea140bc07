package org.flipside.pairing.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** Properties of computed progress over random key results. */
class ProgressPropertyTest {

    @Property(tries = 500)
    void progressIsAlwaysBetweenNoneAndAll(@ForAll @Scale(2) @BigRange(min = "-1000000", max = "1000000") BigDecimal start,
                                           @ForAll @Scale(2) @BigRange(min = "-1000000", max = "1000000") BigDecimal target,
                                           @ForAll @Scale(2) @BigRange(min = "-5000000", max = "5000000") BigDecimal current) {
        Assume.that(start.compareTo(target) != 0);
        double share = Progress.of(start, target, current);
        assertThat(share).isBetween(0.0, 1.0);
        assertThat(Progress.percent(share)).isBetween(0, 100);
    }

    @Property(tries = 500)
    void aHigherValueIsNeverLessProgressWhenTheTargetIsAboveTheStart(
            @ForAll @Scale(2) @BigRange(min = "-1000", max = "1000") BigDecimal start,
            @ForAll @Scale(2) @BigRange(min = "0.01", max = "1000") BigDecimal distance,
            @ForAll @Scale(2) @BigRange(min = "-3000", max = "3000") BigDecimal lower,
            @ForAll @Scale(2) @BigRange(min = "0", max = "3000") BigDecimal step) {
        BigDecimal target = start.add(distance);
        BigDecimal higher = lower.add(step);
        assertThat(Progress.of(start, target, higher)).isGreaterThanOrEqualTo(Progress.of(start, target, lower));
    }

    @Property(tries = 200)
    void aGoalIsNeverAheadOfItsBestKeyResultNorBehindItsWorst(
            @ForAll @Size(min = 1, max = 5) List<@BigRange(min = "0", max = "100") @Scale(2) BigDecimal> currents) {
        List<Double> shares = currents.stream()
                .map(current -> Progress.of(BigDecimal.ZERO, new BigDecimal("100"), current)).toList();
        double goal = Progress.mean(shares);
        assertThat(goal).isBetween(shares.stream().mapToDouble(Double::doubleValue).min().orElseThrow() - 1e-12,
                shares.stream().mapToDouble(Double::doubleValue).max().orElseThrow() + 1e-12);
    }
}
