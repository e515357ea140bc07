package org.flipside.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairSetTest {

    @Test
    void anEmptySetContainsNothing() {
        PairSet empty = PairSet.of(new long[0], 0);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.contains(0, 0)).isFalse();
        assertThat(empty.contains(70_000, 3)).isFalse();
    }

    @Test
    void containsExactlyThePairsItWasGivenWhateverTheMenteesIndex() {
        Random random = new Random(7);
        Set<Long> given = new HashSet<>();
        long[] pairs = new long[300];
        for (int k = 0; k < pairs.length; k++) {
            pairs[k] = PairSet.key(random.nextInt(5_000), random.nextInt(200));
            given.add(pairs[k]);
        }
        PairSet set = PairSet.of(pairs, pairs.length);
        for (int mentee = 0; mentee < 5_100; mentee++) {
            for (int mentor = 0; mentor < 200; mentor += 7) {
                assertThat(set.contains(mentee, mentor)).isEqualTo(given.contains(PairSet.key(mentee, mentor)));
            }
        }
        for (long key : given) {
            assertThat(set.contains((int) (key >>> 32), (int) key)).isTrue();
        }
    }
}
