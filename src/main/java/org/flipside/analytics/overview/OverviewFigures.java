package org.flipside.analytics.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.flipside.pairing.PairCounts.Couple;
import org.flipside.people.Employee;
import org.flipside.program.Side;

/** Works out the overview's breakdowns and reach from who took part and who they are. Pure. */
final class OverviewFigures {

    private OverviewFigures() {
    }

    /** A person on one side, once however many programs they were in on that side. */
    record Taking(Side side, Employee person) {
    }

    static Breakdown breakdown(String attribute, Set<Taking> taking, Function<Employee, String> value,
                               Comparator<String> order) {
        Map<String, int[]> counts = new TreeMap<>(Comparator.nullsLast(order));
        for (Taking t : taking) {
            int[] sides = counts.computeIfAbsent(value.apply(t.person()), k -> new int[2]);
            sides[t.side() == Side.MENTOR ? 0 : 1]++;
        }
        List<Breakdown.Row> rows = new ArrayList<>();
        counts.forEach((label, n) -> rows.add(new Breakdown.Row(label, Count.of(n[0]), Count.of(n[1]))));
        return new Breakdown(attribute, rows);
    }

    static String band(Employee e) {
        return GenerationBand.of(e.birthYear()).map(Enum::name).orElse(null);
    }

    static String grade(Employee e) {
        return e.grade() == null ? null : e.grade().toString();
    }

    /** Generation bands in their order, grades by number, departments by name. */
    static Comparator<String> bandOrder() {
        return Comparator.comparing(GenerationBand::valueOf);
    }

    static Comparator<String> gradeOrder() {
        return Comparator.comparing(Integer::valueOf);
    }

    static Reach reach(List<Couple> couples, Map<String, Employee> people) {
        Map<GenerationBand, Map<GenerationBand, Integer>> cells = new TreeMap<>();
        Set<Long> seen = new HashSet<>();
        int known = 0;
        int crossing = 0;
        for (Couple c : couples) {
            Optional<GenerationBand> mentor = bandOf(people.get(c.mentorNumber()));
            Optional<GenerationBand> mentee = bandOf(people.get(c.menteeNumber()));
            if (!seen.add(c.pairId()) || mentor.isEmpty() || mentee.isEmpty()) {
                continue;
            }
            known++;
            if (mentor.get() != mentee.get()) {
                crossing++;
            }
            cells.computeIfAbsent(mentor.get(), k -> new TreeMap<>()).merge(mentee.get(), 1, Integer::sum);
        }
        List<Reach.BandPair> bandPairs = new ArrayList<>();
        cells.forEach((mentor, row) -> row.forEach((mentee, n) ->
                bandPairs.add(new Reach.BandPair(mentor, mentee, Count.of(n)))));
        Count shown = Count.of(crossing);
        Integer percent = shown.withheld() || known == 0 ? null : (int) Math.round(100.0 * crossing / known);
        return new Reach(known, shown, percent, bandPairs);
    }

    private static Optional<GenerationBand> bandOf(Employee person) {
        return person == null ? Optional.empty() : GenerationBand.of(person.birthYear());
    }
}
