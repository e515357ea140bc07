package org.flipside.program.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    private static Map<Integer, Integer> allAnswered() {
        Map<Integer, Integer> answers = new HashMap<>();
        WorkStyle.STATEMENTS.forEach(s -> answers.put(s.number(), 2));
        return answers;
    }

    private static ProfileContent complete() {
        return CompletenessTestProfiles.complete();
    }

    @Test
    void anEmptyProfileMissesEverySection() {
        Completeness completeness = Completeness.of(ProfileContent.empty());

        assertThat(completeness.percent()).isZero();
        assertThat(completeness.missing()).containsExactly(ProfileSection.values());
        assertThat(completeness.complete()).isFalse();
    }

    @Test
    void aFullProfileIsComplete_theDoNotMatchListIsOptional() {
        Completeness completeness = Completeness.of(complete());

        assertThat(completeness.percent()).isEqualTo(100);
        assertThat(completeness.missing()).isEmpty();
        assertThat(completeness.complete()).isTrue();
    }

    @Test
    void eachMissingSectionIsNamedAndLowersThePercentage() {
        ProfileContent full = complete();
        Map<Integer, Integer> oneUnanswered = new HashMap<>(allAnswered());
        oneUnanswered.remove(20);
        ProfileContent partial = new ProfileContent(full.offered(), List.of(), "  ", oneUnanswered, full.timeZone(),
                full.availability(), null, full.languages(), List.of());

        Completeness completeness = Completeness.of(partial);

        assertThat(completeness.missing()).containsExactly(ProfileSection.WANTED, ProfileSection.INTERESTS,
                ProfileSection.WORK_STYLE, ProfileSection.MEETING_MODE);
        assertThat(completeness.percent()).isEqualTo(42); // 3 of 7 sections, rounded down
    }
}
