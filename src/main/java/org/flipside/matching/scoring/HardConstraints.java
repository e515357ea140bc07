package org.flipside.matching.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.people.ChainPosition;

/**
 * The hard constraints other than must-haves, checked on compiled {@link Person}s without allocating: management
 * chain, grade gap, do-not-match lists, earlier pairs and managers' bans.
 */
final class HardConstraints {

    private static final int CHAIN = 1 << Constraint.MANAGEMENT_CHAIN.ordinal();
    private static final int GRADE = 1 << Constraint.GRADE_GAP.ordinal();
    private static final int DO_NOT_MATCH = 1 << Constraint.DO_NOT_MATCH.ordinal();
    private static final int EARLIER = 1 << Constraint.EARLIER_PAIR.ordinal();
    private static final int FORBIDDEN = 1 << Constraint.FORBIDDEN_BY_MANAGER.ordinal();

    final int chainLevels;
    final int gradeGap;
    private final PairSet earlier;
    private final PairSet forbidden;

    private HardConstraints(int chainLevels, int gradeGap, PairSet earlier, PairSet forbidden) {
        this.chainLevels = chainLevels;
        this.gradeGap = gradeGap;
        this.earlier = earlier;
        this.forbidden = forbidden;
    }

    /** @param menteeAt and {@code mentorAt}: each employee number's indexes on that side */
    static HardConstraints of(Map<String, List<Integer>> menteeAt, Map<String, List<Integer>> mentorAt,
                              MatchingSettings settings, HardRules rules) {
        PairSet earlier = settings.avoidEarlierPairs() ? pairs(rules.earlierPairs(), menteeAt, mentorAt)
                : PairSet.of(new long[0], 0);
        return new HardConstraints(settings.chainLevels(), settings.minimumGradeGap(), earlier,
                pairs(rules.forbidden(), menteeAt, mentorAt));
    }

    /** The broken constraints as bits by {@link Constraint} ordinal; 0 when the pair may be proposed. */
    int broken(int i, int j, Person a, Person b) {
        int broken = 0;
        if (a.enter != Person.UNKNOWN && b.enter != Person.UNKNOWN
                && ChainPosition.inChain(a.enter, a.exit, a.depth, b.enter, b.exit, b.depth, chainLevels)) {
            broken |= CHAIN;
        }
        if (gradeBlocks(a.grade, b.grade)) {
            broken |= GRADE;
        }
        int[] barred = a.doNotMatch;
        for (int k = 0; k < barred.length; k++) {
            if (barred[k] == j) {
                broken |= DO_NOT_MATCH;
                break;
            }
        }
        if (earlier.contains(i, j)) {
            broken |= EARLIER;
        }
        if (forbidden.contains(i, j)) {
            broken |= FORBIDDEN;
        }
        return broken;
    }

    /** An unknown grade blocks only when the program asks for a gap: then nobody can tell it is kept. */
    boolean gradeBlocks(int menteeGrade, int mentorGrade) {
        if (menteeGrade == Person.UNKNOWN || mentorGrade == Person.UNKNOWN) {
            return gradeGap > 0;
        }
        return menteeGrade < mentorGrade + gradeGap;
    }

    private static PairSet pairs(Set<PairKey> keys, Map<String, List<Integer>> menteeAt,
                                 Map<String, List<Integer>> mentorAt) {
        long[] pairs = new long[16];
        int count = 0;
        for (PairKey key : keys) {
            for (int i : menteeAt.getOrDefault(key.menteeNumber(), List.of())) {
                for (int j : mentorAt.getOrDefault(key.mentorNumber(), List.of())) {
                    if (count == pairs.length) {
                        pairs = java.util.Arrays.copyOf(pairs, count * 2);
                    }
                    pairs[count++] = PairSet.key(i, j);
                }
            }
        }
        return PairSet.of(pairs, count);
    }
}
