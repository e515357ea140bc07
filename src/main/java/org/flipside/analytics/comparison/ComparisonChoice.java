package org.flipside.analytics.comparison;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flipside.people.EmploymentHistory;
import org.flipside.program.Side;

/**
 * Chooses one comparison person per participant: someone who worked here on the start day, in the same department,
 * at the same grade on that day and in the same tenure band, who is not in the program and not already chosen for
 * another participant. Among those who fit, the choice is random from the seed. Pure: the same inputs and seed
 * always give the same group.
 */
final class ComparisonChoice {

    private ComparisonChoice() {
    }

    /** A participant to find a match for; {@code person} is {@code null} when the directory does not know them. */
    record Participant(long participantId, Side side, String employeeNumber, EmploymentHistory person) {
    }

    record Member(long participantId, Side side, String participantNumber, String comparisonNumber) {
    }

    record Result(List<Member> members, Map<Side, Integer> unmatched) {
    }

    private record Key(String department, Integer grade, TenureBand band) {
    }

    /**
     * @param candidates everyone who might be chosen (the choice checks each one)
     * @param inProgram  the employee numbers of everyone on the program's roster, in any state
     */
    static Result choose(List<Participant> participants, Collection<EmploymentHistory> candidates,
                         Set<String> inProgram, LocalDate start, long seed) {
        Random random = new Random(seed);
        Map<Key, List<String>> fitting = new HashMap<>();
        candidates.stream()
                .filter(c -> !inProgram.contains(c.employeeNumber()) && c.employedOn(start))
                .sorted(Comparator.comparing(EmploymentHistory::employeeNumber))
                .forEach(c -> {
                    Key key = key(c, start);
                    if (key != null) {
                        fitting.computeIfAbsent(key, k -> new ArrayList<>()).add(c.employeeNumber());
                    }
                });
        // Shuffle each pool in a fixed order of keys, so the seed alone decides the choice.
        Map<Key, Deque<String>> pools = new HashMap<>();
        fitting.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Key, List<String>> e) -> e.getKey().department())
                        .thenComparing(e -> e.getKey().grade()).thenComparing(e -> e.getKey().band()))
                .forEach(e -> {
                    List<String> pool = new ArrayList<>(e.getValue());
                    java.util.Collections.shuffle(pool, random);
                    pools.put(e.getKey(), new ArrayDeque<>(pool));
                });
        List<Member> members = new ArrayList<>();
        Map<Side, Integer> unmatched = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            unmatched.put(side, 0);
        }
        participants.stream().sorted(Comparator.comparingLong(Participant::participantId)).forEach(p -> {
            Key key = p.person() == null ? null : key(p.person(), start);
            Deque<String> pool = key == null ? null : pools.get(key);
            String chosen = pool == null ? null : pool.poll();
            if (chosen == null) {
                unmatched.merge(p.side(), 1, Integer::sum);
            }
            members.add(new Member(p.participantId(), p.side(), p.employeeNumber(), chosen));
        });
        return new Result(members, unmatched);
    }

    private static Key key(EmploymentHistory person, LocalDate start) {
        Integer grade = person.gradeOn(start);
        TenureBand band = TenureBand.of(person.hireDate(), start);
        if (person.department() == null || grade == null || band == null) {
            return null;
        }
        return new Key(person.department(), grade, band);
    }
}
