package org.flipside.matching.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Figures per group with small groups withheld. A group of fewer than {@link #MINIMUM} people is withheld; and when
 * the withheld groups together hold fewer than {@link #MINIMUM} people but more than none, the smallest shown groups
 * are withheld too, until they do: otherwise a reader could subtract the shown groups from the total and learn about
 * the few.
 */
final class Groups {

    static final int MINIMUM = 5;

    private Groups() {
    }

    /** One person's outcome: whether they got a partner and the scores of their pairs in tenths. */
    record Outcome(Map<String, String> attributes, boolean matched, double score) {
    }

    static List<GroupFigures> of(List<Outcome> people, Function<Outcome, String> group) {
        Map<String, List<Outcome>> byGroup = new TreeMap<>();
        for (Outcome person : people) {
            byGroup.computeIfAbsent(group.apply(person), k -> new ArrayList<>()).add(person);
        }
        List<String> withheld = new ArrayList<>(byGroup.keySet().stream()
                .filter(g -> byGroup.get(g).size() < MINIMUM).toList());
        List<String> shown = new ArrayList<>(byGroup.keySet().stream().filter(g -> !withheld.contains(g))
                .sorted(Comparator.comparingInt(g -> byGroup.get(g).size())).toList());
        int hidden = withheld.stream().mapToInt(g -> byGroup.get(g).size()).sum();
        while (hidden > 0 && hidden < MINIMUM && !shown.isEmpty()) {
            String smallest = shown.remove(0);
            withheld.add(smallest);
            hidden += byGroup.get(smallest).size();
        }
        List<GroupFigures> figures = new ArrayList<>();
        for (Map.Entry<String, List<Outcome>> entry : byGroup.entrySet()) {
            figures.add(withheld.contains(entry.getKey()) ? GroupFigures.withheld(entry.getKey())
                    : figures(entry.getKey(), entry.getValue()));
        }
        return figures;
    }

    private static GroupFigures figures(String group, List<Outcome> people) {
        List<Double> scores = people.stream().filter(Outcome::matched).map(Outcome::score).sorted().toList();
        int matched = scores.size();
        Double average = matched == 0 ? null
                : round(scores.stream().mapToDouble(Double::doubleValue).average().orElse(0) / 10);
        Double median = matched == 0 ? null : round((matched % 2 == 1 ? scores.get(matched / 2)
                : (scores.get(matched / 2 - 1) + scores.get(matched / 2)) / 2) / 10);
        return new GroupFigures(group, false, people.size(), matched,
                (int) Math.round(100.0 * matched / people.size()), average, median);
    }

    private static double round(double points) {
        return Math.round(points * 10) / 10.0;
    }
}
