package org.flipside.people.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportingForestTest {

    /**
     * <pre>
     * CEO
     * ├── CTO
     * │   ├── ENG1
     * │   │   └── DEV1
     * │   └── ENG2
     * └── CFO
     *     └── ACC1
     * </pre>
     */
    private static Map<String, String> company() {
        Map<String, String> managerOf = new LinkedHashMap<>();
        managerOf.put("CEO", null);
        managerOf.put("CTO", "CEO");
        managerOf.put("ENG1", "CTO");
        managerOf.put("DEV1", "ENG1");
        managerOf.put("ENG2", "CTO");
        managerOf.put("CFO", "CEO");
        managerOf.put("ACC1", "CFO");
        return managerOf;
    }

    @Test
    void directAndIndirectManagersAreInTheChainBothWays() {
        ReportingForest forest = ReportingForest.of(company());

        assertThat(forest.inChainOf("DEV1", "ENG1")).isTrue();
        assertThat(forest.inChainOf("ENG1", "DEV1")).isTrue();
        assertThat(forest.inChainOf("DEV1", "CTO")).isTrue();
        assertThat(forest.inChainOf("CEO", "DEV1")).isTrue();
        assertThat(forest.inChainOf("ACC1", "CEO")).isTrue();
    }

    @Test
    void siblingsCousinsAndOtherBranchesAreNotInTheChain() {
        ReportingForest forest = ReportingForest.of(company());

        assertThat(forest.inChainOf("ENG1", "ENG2")).isFalse();
        assertThat(forest.inChainOf("DEV1", "ENG2")).isFalse();
        assertThat(forest.inChainOf("DEV1", "CFO")).isFalse();
        assertThat(forest.inChainOf("CTO", "ACC1")).isFalse();
    }

    @Test
    void aPersonIsInTheirOwnChainButUnknownPeopleAreInNobodys() {
        ReportingForest forest = ReportingForest.of(company());

        assertThat(forest.inChainOf("ENG1", "ENG1")).isTrue();
        assertThat(forest.inChainOf("NOBODY", "NOBODY")).isFalse();
        assertThat(forest.inChainOf("NOBODY", "CEO")).isFalse();
        assertThat(forest.inChainOf("CEO", null)).isFalse();
        assertThat(ReportingForest.empty().inChainOf("CEO", "CTO")).isFalse();
    }

    @Test
    void separateTreesAreUnrelated() {
        Map<String, String> managerOf = company();
        managerOf.put("FOUNDER2", null);
        managerOf.put("X1", "FOUNDER2");

        ReportingForest forest = ReportingForest.of(managerOf);

        assertThat(forest.inChainOf("X1", "FOUNDER2")).isTrue();
        assertThat(forest.inChainOf("X1", "CEO")).isFalse();
        assertThat(forest.inChainOf("FOUNDER2", "CEO")).isFalse();
        assertThat(forest.cycles()).isEmpty();
    }

    @Test
    void anUnknownOrSelfManagerMakesThePersonATopOfTheirOwnTree() {
        Map<String, String> managerOf = company();
        managerOf.put("CONTRACTOR", "GONE-42");
        managerOf.put("HELPER", "CONTRACTOR");
        managerOf.put("SOLO", "SOLO");

        ReportingForest forest = ReportingForest.of(managerOf);

        assertThat(forest.inChainOf("HELPER", "CONTRACTOR")).isTrue();
        assertThat(forest.inChainOf("CONTRACTOR", "CEO")).isFalse();
        assertThat(forest.inChainOf("SOLO", "CEO")).isFalse();
        assertThat(forest.cycles()).isEmpty();
    }

    @Test
    void aTenThousandLevelChainNeedsNoRecursion() {
        int depth = 10_000;
        Map<String, String> managerOf = new HashMap<>();
        managerOf.put("P0", null);
        for (int i = 1; i < depth; i++) {
            managerOf.put("P" + i, "P" + (i - 1));
        }
        managerOf.put("OTHER", null);

        ReportingForest forest = ReportingForest.of(managerOf);

        assertThat(forest.size()).isEqualTo(depth + 1);
        assertThat(forest.inChainOf("P0", "P9999")).isTrue();
        assertThat(forest.inChainOf("P9999", "P0")).isTrue();
        assertThat(forest.inChainOf("P5000", "P4999")).isTrue();
        assertThat(forest.inChainOf("P9999", "OTHER")).isFalse();
    }

    @Test
    void aWideOrganisationIsBuiltQuickly() {
        // 100,000 people, each under a random earlier one: the largest directory the product supports
        Random random = new Random(7);
        Map<String, String> managerOf = new HashMap<>();
        managerOf.put("E0", null);
        for (int i = 1; i < 100_000; i++) {
            managerOf.put("E" + i, "E" + random.nextInt(i));
        }
        long started = System.nanoTime();
        ReportingForest forest = ReportingForest.of(managerOf);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(forest.inChainOf("E0", "E99999")).isTrue();
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void cyclesAreReportedAndTheirMembersAndEveryoneBelowAreOneChain() {
        Map<String, String> managerOf = company();
        // A -> B -> C -> A, with D reporting to B and E to D
        managerOf.put("A", "C");
        managerOf.put("B", "A");
        managerOf.put("C", "B");
        managerOf.put("D", "B");
        managerOf.put("E", "D");
        managerOf.put("F", null);

        ReportingForest forest = ReportingForest.of(managerOf);

        assertThat(forest.cycles()).containsExactly(List.of("A", "C", "B"));
        assertThat(forest.inChainOf("A", "B")).isTrue();
        assertThat(forest.inChainOf("C", "A")).isTrue();
        assertThat(forest.inChainOf("E", "A")).isTrue();
        assertThat(forest.inChainOf("E", "C")).isTrue();
        assertThat(forest.inChainOf("D", "E")).isTrue();
        assertThat(forest.inChainOf("E", "CEO")).isFalse();
        assertThat(forest.inChainOf("F", "A")).isFalse();
        assertThat(forest.inChainOf("DEV1", "CTO")).isTrue();
    }

    @Test
    void twoPeopleManagingEachOtherAreACycle() {
        Map<String, String> managerOf = new HashMap<>();
        managerOf.put("X", "Y");
        managerOf.put("Y", "X");
        managerOf.put("Z", null);

        ReportingForest forest = ReportingForest.of(managerOf);

        assertThat(forest.cycles()).containsExactly(List.of("X", "Y"));
        assertThat(forest.inChainOf("X", "Y")).isTrue();
        assertThat(forest.inChainOf("X", "Z")).isFalse();
    }

    @Test
    void aLongCycleIsCollapsedWithoutRecursion() {
        int length = 20_000;
        Map<String, String> managerOf = new HashMap<>();
        for (int i = 0; i < length; i++) {
            managerOf.put("C" + i, "C" + ((i + 1) % length));
        }
        managerOf.put("UNDER", "C123");

        ReportingForest forest = ReportingForest.of(managerOf);

        assertThat(forest.cycles()).hasSize(1);
        assertThat(forest.cycles().get(0)).hasSize(length);
        assertThat(forest.inChainOf("UNDER", "C19999")).isTrue();
    }

    @Test
    void managerNumbersWithSurroundingSpacesStillMatch() {
        Map<String, String> managerOf = new HashMap<>();
        managerOf.put("BOSS", null);
        managerOf.put("STAFF", " BOSS ");

        assertThat(ReportingForest.of(managerOf).inChainOf("STAFF", "BOSS")).isTrue();
    }
}
