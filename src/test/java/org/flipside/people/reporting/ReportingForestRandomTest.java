package org.flipside.people.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flipside.people.ChainPosition;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * The constant-time chain question answers exactly what walking up the managers one by one answers, on many random
 * organisations: several trees, unknown and self managers, and now and then a reporting cycle.
 */
class ReportingForestRandomTest {

    @RepeatedTest(300)
    void inChainOfMatchesABruteForceWalk(RepetitionInfo repetition) {
        Random random = new Random(7_919L * repetition.getCurrentRepetition());
        int people = 1 + random.nextInt(60);
        Map<String, String> managerOf = new HashMap<>();
        for (int i = 0; i < people; i++) {
            String manager;
            int kind = random.nextInt(20);
            if (kind < 3 || i == 0) {
                manager = null;                                   // a root
            } else if (kind == 3) {
                manager = "nobody-" + i;                          // a manager not in the directory
            } else if (kind == 4) {
                manager = "p" + i;                                // their own manager
            } else if (kind == 5) {
                manager = "p" + random.nextInt(people);           // anyone: may close a cycle
            } else {
                manager = "p" + random.nextInt(i);                // someone earlier: a proper tree
            }
            managerOf.put("p" + i, manager);
        }

        ReportingForest forest = ReportingForest.of(managerOf);

        for (int a = 0; a < people; a++) {
            for (int b = 0; b < people; b++) {
                String x = "p" + a;
                String y = "p" + b;
                boolean expected = walkUp(managerOf, x).contains(y) || walkUp(managerOf, y).contains(x);
                assertThat(forest.inChainOf(x, y)).as("%s and %s in %s", x, y, managerOf).isEqualTo(expected);
                ChainPosition px = forest.position(x).orElseThrow();
                ChainPosition py = forest.position(y).orElseThrow();
                assertThat(px.inChainWith(py, 0)).as("positions of %s and %s", x, y).isEqualTo(expected);
                if (forest.cycles().isEmpty()) {
                    int levels = Math.max(levelsUp(managerOf, x, y), levelsUp(managerOf, y, x));
                    for (int max = 1; max <= 3; max++) {
                        assertThat(px.inChainWith(py, max)).as("%s and %s within %d", x, y, max)
                                .isEqualTo(expected && levels <= max);
                    }
                }
            }
        }
        assertThat(forest.inChainOf("p0", "stranger")).isFalse();
        assertThat(forest.position("stranger")).isEmpty();
    }

    /** How many levels {@code above} is over {@code from}, or -1 when it is not above. */
    private static int levelsUp(Map<String, String> managerOf, String from, String above) {
        int levels = 0;
        String current = from;
        Set<String> seen = new HashSet<>();
        while (current != null && managerOf.containsKey(current) && seen.add(current)) {
            if (current.equals(above)) {
                return levels;
            }
            current = managerOf.get(current);
            levels++;
        }
        return -1;
    }

    /** The person and everyone above them, following managers until the top, an unknown number or a repeat. */
    private static Set<String> walkUp(Map<String, String> managerOf, String from) {
        Set<String> seen = new HashSet<>();
        String current = from;
        while (current != null && managerOf.containsKey(current) && seen.add(current)) {
            current = managerOf.get(current);
        }
        return seen;
    }
}
