package org.flipside.analytics.outcomes;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.flipside.analytics.comparison.ComparisonGroup;
import org.flipside.pairing.AssessmentResult;
import org.flipside.people.EmploymentHistory;
import org.flipside.program.Side;
import org.flipside.shared.privacy.SmallGroups;

/**
 * Works out the report's figures from a comparison group, the directory's history and the self-assessments. Pure:
 * the same inputs always give the same figures.
 */
final class OutcomeFigures {

    static final int MONTHS = 12;

    private OutcomeFigures() {
    }

    /** The last day the figures cover: the end of the twelve months, or today while they are running. */
    static LocalDate measuredOn(LocalDate start, LocalDate today) {
        LocalDate end = start.plusMonths(MONTHS);
        return today.isBefore(end) ? (today.isBefore(start) ? start : today) : end;
    }

    static int monthsElapsed(LocalDate start, LocalDate measuredOn) {
        return (int) Period.between(start, measuredOn).toTotalMonths();
    }

    /** Mentors first, then mentees; people the directory no longer knows are left out of every figure. */
    static List<SideOutcomes> sides(ComparisonGroup group, Map<String, EmploymentHistory> people, LocalDate today) {
        LocalDate start = group.startDate();
        LocalDate until = measuredOn(start, today);
        Predicate<EmploymentHistory> retained = p -> !p.leftBy(until);
        Predicate<EmploymentHistory> promoted = p -> p.promotedBetween(start, until);
        List<SideOutcomes> sides = new ArrayList<>();
        for (Side side : List.of(Side.MENTOR, Side.MENTEE)) {
            List<EmploymentHistory> participants = new ArrayList<>();
            List<EmploymentHistory> comparison = new ArrayList<>();
            int members = 0;
            for (ComparisonGroup.Pairing m : group.members()) {
                if (m.side() != side) {
                    continue;
                }
                members++;
                add(participants, people.get(m.participantNumber()));
                if (m.comparisonNumber() != null) {
                    add(comparison, people.get(m.comparisonNumber()));
                }
            }
            sides.add(new SideOutcomes(side, members, comparison.size(), group.unmatched(side),
                    share(participants, retained), share(comparison, retained),
                    share(participants, promoted), share(comparison, promoted)));
        }
        return sides;
    }

    /** Mean self-rating before and after, per side and item, over the people who gave both. */
    static List<LearningRow> learning(List<AssessmentResult> results) {
        record Key(Side side, String item) {
        }
        Map<Key, List<int[]>> ratings = new LinkedHashMap<>();
        Map<Key, String> names = new LinkedHashMap<>();
        for (AssessmentResult result : results) {
            for (AssessmentResult.ItemResult item : result.items()) {
                if (item.post() == null) {
                    continue;
                }
                Key key = new Key(result.side(), item.item());
                ratings.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {item.pre(), item.post()});
                names.putIfAbsent(key, item.name() == null ? item.item() : item.name());
            }
        }
        List<LearningRow> rows = new ArrayList<>();
        ratings.forEach((key, pairs) -> {
            int n = pairs.size();
            if (!SmallGroups.mayShow(n)) {
                rows.add(new LearningRow(key.side(), key.item(), names.get(key), n, null, null, true));
                return;
            }
            double pre = pairs.stream().mapToInt(r -> r[0]).average().orElseThrow();
            double post = pairs.stream().mapToInt(r -> r[1]).average().orElseThrow();
            rows.add(new LearningRow(key.side(), key.item(), names.get(key), n, oneDecimal(pre), oneDecimal(post),
                    false));
        });
        rows.sort(Comparator.comparing(LearningRow::side).thenComparing(LearningRow::name));
        return rows;
    }

    private static void add(List<EmploymentHistory> group, EmploymentHistory person) {
        if (person != null) {
            group.add(person);
        }
    }

    private static Figure share(List<EmploymentHistory> group, Predicate<EmploymentHistory> did) {
        return Figure.of(group.size(), (int) group.stream().filter(did).count());
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
