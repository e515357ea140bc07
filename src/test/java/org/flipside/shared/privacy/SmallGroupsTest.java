package org.flipside.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallGroupsTest {

    @Test
    void groupsBelowFiveAreWithheldAndFiveOrMoreAreShown() {
        assertThat(SmallGroups.mayShow(0)).isFalse();
        assertThat(SmallGroups.mayShow(4)).isFalse();
        assertThat(SmallGroups.mayShow(5)).isTrue();
        assertThat(SmallGroups.mayShow(120)).isTrue();
    }
}
