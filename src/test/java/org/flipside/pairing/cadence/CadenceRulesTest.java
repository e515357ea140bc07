package org.flipside.pairing.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.pairing.cadence.CadenceState.AT_RISK;
import static org.flipside.pairing.cadence.CadenceState.DUE;
import static org.flipside.pairing.cadence.CadenceState.ON_TRACK;
import static org.flipside.pairing.cadence.CadenceState.OVERDUE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flipside.program.Cadence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The cadence states at each boundary, for each cadence, with a clock the test sets. */
class CadenceRulesTest {

    static final Instant ANCHOR = Instant.parse("2026-03-20T09:30:00Z");
    static final Duration SECOND = Duration.ofSeconds(1);

    static CadenceState at(Cadence cadence, Instant planned, Duration sinceAnchor) {
        Clock clock = Clock.fixed(ANCHOR.plus(sinceAnchor), ZoneOffset.UTC);
        return CadenceRules.state(cadence, ANCHOR, planned, clock.instant());
    }

    @Test
    void periodsAreFixedDays() {
        assertThat(CadenceRules.period(Cadence.WEEKLY)).isEqualTo(Duration.ofDays(7));
        assertThat(CadenceRules.period(Cadence.FORTNIGHTLY)).isEqualTo(Duration.ofDays(14));
        assertThat(CadenceRules.period(Cadence.MONTHLY)).isEqualTo(Duration.ofDays(30));
        assertThat(CadenceRules.dueAt(Cadence.MONTHLY, ANCHOR)).isEqualTo(Instant.parse("2026-04-19T09:30:00Z"));
    }

    @ParameterizedTest
    @EnumSource(Cadence.class)
    void withNothingPlannedThePairIsDueInTheLastFifthOfThePeriod(Cadence cadence) {
        Duration period = CadenceRules.period(cadence);
        Duration warning = period.multipliedBy(80).dividedBy(100);
        assertThat(at(cadence, null, Duration.ZERO)).isEqualTo(ON_TRACK);
        assertThat(at(cadence, null, warning.minus(SECOND))).isEqualTo(ON_TRACK);
        assertThat(at(cadence, null, warning)).isEqualTo(DUE);
        assertThat(at(cadence, null, period.minus(SECOND))).isEqualTo(DUE);
        assertThat(at(cadence, null, period)).isEqualTo(DUE);
    }

    @ParameterizedTest
    @EnumSource(Cadence.class)
    void aSessionPlannedWithinThePeriodKeepsThePairOnTrackUntilThePeriodEnds(Cadence cadence) {
        Duration period = CadenceRules.period(cadence);
        Instant lastMoment = ANCHOR.plus(period);
        assertThat(at(cadence, lastMoment, period.minus(SECOND))).isEqualTo(ON_TRACK);
        assertThat(at(cadence, lastMoment, period)).isEqualTo(DUE);
        // planned, but only after the period ends: no help
        assertThat(at(cadence, lastMoment.plus(SECOND), period.minus(SECOND))).isEqualTo(DUE);
    }

    @ParameterizedTest
    @EnumSource(Cadence.class)
    void overdueAfterHalfAPeriodMoreAndAtRiskAtTwiceTheCadenceWhateverIsPlanned(Cadence cadence) {
        Duration period = CadenceRules.period(cadence);
        Duration half = period.dividedBy(2);
        Instant planned = ANCHOR.plus(period.multipliedBy(3));
        for (Instant plan : new Instant[]{null, planned}) {
            assertThat(at(cadence, plan, period.plus(half))).isEqualTo(DUE);
            assertThat(at(cadence, plan, period.plus(half).plus(SECOND))).isEqualTo(OVERDUE);
            assertThat(at(cadence, plan, period.multipliedBy(2).minus(SECOND))).isEqualTo(OVERDUE);
            assertThat(at(cadence, plan, period.multipliedBy(2))).isEqualTo(AT_RISK);
            assertThat(at(cadence, plan, period.multipliedBy(10))).isEqualTo(AT_RISK);
        }
    }

    @Test
    void theBoundariesInDaysForEachCadence() {
        assertThat(at(Cadence.WEEKLY, null, Duration.ofHours(134))).isEqualTo(ON_TRACK);
        assertThat(at(Cadence.WEEKLY, null, Duration.ofMinutes(134 * 60 + 24))).isEqualTo(DUE);
        assertThat(at(Cadence.WEEKLY, null, Duration.ofHours(252).plus(SECOND))).isEqualTo(OVERDUE);
        assertThat(at(Cadence.WEEKLY, null, Duration.ofDays(14))).isEqualTo(AT_RISK);
        assertThat(at(Cadence.FORTNIGHTLY, null, Duration.ofDays(11))).isEqualTo(ON_TRACK);
        assertThat(at(Cadence.FORTNIGHTLY, null, Duration.ofDays(21))).isEqualTo(DUE);
        assertThat(at(Cadence.FORTNIGHTLY, null, Duration.ofDays(22))).isEqualTo(OVERDUE);
        assertThat(at(Cadence.FORTNIGHTLY, null, Duration.ofDays(28))).isEqualTo(AT_RISK);
        assertThat(at(Cadence.MONTHLY, null, Duration.ofDays(23))).isEqualTo(ON_TRACK);
        assertThat(at(Cadence.MONTHLY, null, Duration.ofDays(24))).isEqualTo(DUE);
        assertThat(at(Cadence.MONTHLY, null, Duration.ofDays(45))).isEqualTo(DUE);
        assertThat(at(Cadence.MONTHLY, null, Duration.ofDays(46))).isEqualTo(OVERDUE);
        assertThat(at(Cadence.MONTHLY, null, Duration.ofDays(59))).isEqualTo(OVERDUE);
        assertThat(at(Cadence.MONTHLY, null, Duration.ofDays(60))).isEqualTo(AT_RISK);
    }

    @Test
    void aDaylightSavingChangeMovesNoBoundary() {
        // Europe moved its clocks forward on 2026-03-29: a week is still 7 × 24 hours from the anchor.
        Instant anchor = Instant.parse("2026-03-25T08:00:00Z");
        assertThat(CadenceRules.state(Cadence.WEEKLY, anchor, null, Instant.parse("2026-04-01T07:59:59Z")))
                .isEqualTo(DUE);
        assertThat(CadenceRules.state(Cadence.WEEKLY, anchor, Instant.parse("2026-04-01T08:00:00Z"),
                Instant.parse("2026-04-01T07:59:59Z"))).isEqualTo(ON_TRACK);
        assertThat(CadenceRules.state(Cadence.WEEKLY, anchor, null, Instant.parse("2026-04-08T08:00:00Z")))
                .isEqualTo(AT_RISK);
    }

    @Test
    void membersHearOverdueWhereManagersSeeAtRisk() {
        assertThat(AT_RISK.forMembers()).isEqualTo(OVERDUE);
        assertThat(DUE.forMembers()).isEqualTo(DUE);
    }
}
