package org.flipside.pairing.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flipside.pairing.cadence.PairActivity.RecentSession;
import org.flipside.program.Cadence;
import org.flipside.program.Side;
import org.junit.jupiter.api.Test;

/** Why a pair is at risk: a long silence, the senior (the mentee) cancelling or missing sessions — never the junior. */
class AtRiskRulesTest {

    static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");

    static RecentSession held(long id, int daysAgo) {
        return new RecentSession(id, "HELD", NOW.minus(Duration.ofDays(daysAgo)), null, null);
    }

    static RecentSession cancelled(long id, int daysAgo, Side by) {
        return new RecentSession(id, "CANCELLED", NOW.minus(Duration.ofDays(daysAgo)), by, null);
    }

    static RecentSession missed(long id, int daysAgo, String who) {
        return new RecentSession(id, "NO_SHOW", NOW.minus(Duration.ofDays(daysAgo)), null, who);
    }

    static PairActivity activity(Instant anchor, boolean heldAny, RecentSession... recent) {
        return new PairActivity(1, 2, Cadence.WEEKLY, anchor, heldAny, null, List.of(recent));
    }

    static List<String> codes(PairActivity activity) {
        CadenceState state = CadenceRules.state(activity.cadence(), activity.anchor(), null, NOW);
        return AtRiskRules.reasons(activity, state, NOW).stream().map(AtRiskReason::code).toList();
    }

    @Test
    void noHeldSessionForTwiceTheCadenceNamesTheWeeks() {
        PairActivity silent = activity(NOW.minus(Duration.ofDays(22)), true, held(1, 22));
        List<AtRiskReason> reasons = AtRiskRules.reasons(silent, CadenceState.AT_RISK, NOW);
        assertThat(reasons).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(AtRiskReason.NO_HELD_SESSION);
            assertThat(reason.messageKey()).isEqualTo("cadence.reason.noHeld");
            assertThat(reason.arguments()).containsExactly(3L);
        });
        PairActivity neverMet = activity(NOW.minus(Duration.ofDays(15)), false);
        assertThat(AtRiskRules.reasons(neverMet, CadenceState.AT_RISK, NOW).get(0).messageKey())
                .isEqualTo("cadence.reason.noHeldYet");
        assertThat(codes(activity(NOW.minus(Duration.ofDays(13)), true, held(1, 13)))).isEmpty();
    }

    @Test
    void theSeniorCancellingTwiceInTheLastThreeSessionsIsAReason() {
        PairActivity twice = activity(NOW.minus(Duration.ofDays(3)), true,
                cancelled(9, 1, Side.MENTEE), held(8, 3), cancelled(7, 5, Side.MENTEE));
        assertThat(codes(twice)).containsExactly(AtRiskReason.SENIOR_CANCELLED);
        assertThat(AtRiskRules.seniorCancellations(twice).id()).isEqualTo(9);

        PairActivity once = activity(NOW.minus(Duration.ofDays(3)), true,
                cancelled(9, 1, Side.MENTEE), held(8, 3), cancelled(7, 5, Side.MENTOR));
        assertThat(codes(once)).isEmpty();
        assertThat(AtRiskRules.seniorCancellations(once)).isNull();
    }

    @Test
    void theJuniorCancellingOrMissingSessionsIsNoReasonToWarnAboutTheSenior() {
        PairActivity junior = activity(NOW.minus(Duration.ofDays(3)), true,
                cancelled(9, 1, Side.MENTOR), missed(8, 2, "MENTOR"), cancelled(7, 3, Side.MENTOR));
        assertThat(codes(junior)).isEmpty();
    }

    @Test
    void theSeniorNotShowingUpIsAReasonAloneOrWithTheJunior() {
        assertThat(codes(activity(NOW.minus(Duration.ofDays(3)), true, missed(5, 1, "MENTEE"), held(4, 3))))
                .containsExactly(AtRiskReason.SENIOR_NO_SHOW);
        PairActivity both = activity(NOW.minus(Duration.ofDays(3)), true, held(6, 3), missed(5, 4, "BOTH"));
        assertThat(codes(both)).containsExactly(AtRiskReason.SENIOR_NO_SHOW);
        assertThat(AtRiskRules.reasons(both, CadenceState.ON_TRACK, NOW).get(0).arguments())
                .containsExactly(NOW.minus(Duration.ofDays(4)));
    }

    @Test
    void reasonsAddUp() {
        PairActivity bad = activity(NOW.minus(Duration.ofDays(30)), true,
                cancelled(3, 2, Side.MENTEE), missed(2, 10, "MENTEE"), cancelled(1, 20, Side.MENTEE));
        assertThat(codes(bad)).containsExactly(AtRiskReason.NO_HELD_SESSION, AtRiskReason.SENIOR_CANCELLED,
                AtRiskReason.SENIOR_NO_SHOW);
    }
}
