package org.flipside.feedback.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.flipside.shared.privacy.SmallGroups;

/**
 * Whether a figure over a filtered group may be shown. It may not when the group is small, and it may not when a
 * reader could subtract it from a coarser view they can also ask for (the same filter with one or more dimensions
 * dropped, down to the unfiltered group) and be left with fewer than {@link SmallGroups#MINIMUM} people — "everyone
 * minus the mentors" is the mentees.
 */
final class SmallGroupRule {

    enum Verdict {
        SHOWN, SMALL, COMPLEMENT;

        String messageKey() {
            return "survey.results.withheld." + name();
        }
    }

    private SmallGroupRule() {
    }

    /** The verdict for the items counted by {@code counted} under {@code tests} (each test one filter dimension). */
    static <T> Verdict judge(List<T> items, Predicate<T> counted, List<Predicate<T>> tests) {
        long group = count(items, counted, tests);
        if (!SmallGroups.mayShow(group)) {
            return Verdict.SMALL;
        }
        for (List<Predicate<T>> coarser : strictSubsets(tests)) {
            long difference = count(items, counted, coarser) - group;
            if (difference > 0 && !SmallGroups.mayShow(difference)) {
                return Verdict.COMPLEMENT;
            }
        }
        return Verdict.SHOWN;
    }

    static <T> long count(List<T> items, Predicate<T> counted, List<Predicate<T>> tests) {
        return items.stream().filter(counted).filter(item -> tests.stream().allMatch(t -> t.test(item))).count();
    }

    private static <T> List<List<Predicate<T>>> strictSubsets(List<Predicate<T>> tests) {
        List<List<Predicate<T>>> subsets = new ArrayList<>();
        int all = (1 << tests.size()) - 1;
        for (int mask = 0; mask < all; mask++) {
            List<Predicate<T>> subset = new ArrayList<>();
            for (int i = 0; i < tests.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.add(tests.get(i));
                }
            }
            subsets.add(subset);
        }
        return subsets;
    }
}
