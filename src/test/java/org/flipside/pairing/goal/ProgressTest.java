package org.flipside.pairing.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress of key results and goals, computed from start, target and the latest value. */
class ProgressTest {

    private static double of(String start, String target, String current) {
        return Progress.of(new BigDecimal(start), new BigDecimal(target), new BigDecimal(current));
    }

    @Test
    void aKeyResultHasComeItsShareOfTheWayFromStartToTarget() {
        assertThat(of("0", "4", "1")).isEqualTo(0.25);
        assertThat(of("20", "70", "45")).isEqualTo(0.5);
        assertThat(Progress.percent(of("0", "3", "2"))).isEqualTo(66);
        assertThat(Progress.percent(of("0", "3", "3"))).isEqualTo(100);
    }

    @Test
    void aTargetBelowTheStartCountsDownwards() {
        // Escalations per month from 12 down to 4: at 6, three quarters of the way.
        assertThat(of("12", "4", "6")).isEqualTo(0.75);
        assertThat(of("12", "4", "14")).isZero();
        assertThat(of("12", "4", "2")).isEqualTo(1.0);
    }

    @Test
    void goingBackOrOvershootingIsHeldBetweenNoneAndAll() {
        assertThat(of("10", "20", "5")).isZero();
        assertThat(of("10", "20", "35")).isEqualTo(1.0);
    }

    @Test
    void aGoalHasComeTheMeanOfItsKeyResults() {
        assertThat(Progress.mean(List.of(1.0, 0.5, 0.0))).isEqualTo(0.5);
        assertThat(Progress.percent(Progress.mean(List.of(0.25, 0.5)))).isEqualTo(37);
        assertThat(Progress.mean(List.of())).isZero();
    }

    @Test
    void onlyAReachedTargetShowsAHundredPercent() {
        assertThat(Progress.percent(of("0", "1000", "999"))).isEqualTo(99);
    }

    @Test
    void aTargetEqualToTheStartIsNoKeyResult() {
        assertThatThrownBy(() -> of("3", "3.00", "3")).isInstanceOf(IllegalArgumentException.class);
    }
}
