package org.flipside.matching.fairness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.matching.review.RunPeople;
import org.flipside.matching.run.Proposal;
import org.flipside.matching.run.RunService;
import org.flipside.matching.run.Unmatched;
import org.flipside.people.Employee;
import org.flipside.program.Side;
import org.springframework.stereotype.Service;

/**
 * The fairness report of a run: whether any department, level band, location or generation gets fewer or worse
 * matches, for mentees and for mentors. Only aggregates of at least five people are shown; an optional department
 * filter narrows the people covered, and a report that would cover fewer than five is withheld entirely.
 */
@Service
public class FairnessService {

    static final List<String> ATTRIBUTES = List.of("department", "level", "location", "generation");
    static final String UNKNOWN = "?";

    private final RunService runs;
    private final RunPeople people;

    FairnessService(RunService runs, RunPeople people) {
        this.runs = runs;
        this.people = people;
    }

    public FairnessReport report(long programId, long runId, String department) {
        String filter = department == null || department.isBlank() ? null : department;
        List<Proposal> proposals = runs.proposals(programId, runId);
        List<Unmatched> unmatched = runs.unmatched(programId, runId);
        Map<Long, Employee> named = people.of(runId);
        Map<Long, List<Integer>> menteeScores = new HashMap<>();
        Map<Long, List<Integer>> mentorScores = new HashMap<>();
        for (Proposal p : proposals) {
            menteeScores.computeIfAbsent(p.menteeParticipantId(), k -> new ArrayList<>()).add(p.score());
            mentorScores.computeIfAbsent(p.mentorParticipantId(), k -> new ArrayList<>()).add(p.score());
        }
        Map<Side, List<Groups.Outcome>> outcomes = Map.of(
                Side.MENTEE, outcomes(menteeScores, unmatched, Side.MENTEE, named, filter),
                Side.MENTOR, outcomes(mentorScores, unmatched, Side.MENTOR, named, filter));
        int covered = outcomes.get(Side.MENTEE).size() + outcomes.get(Side.MENTOR).size();
        if (covered < Groups.MINIMUM) {
            return new FairnessReport(runId, filter, true, Groups.MINIMUM, List.of(), List.of());
        }
        List<Breakdown> breakdowns = new ArrayList<>();
        for (Side side : List.of(Side.MENTEE, Side.MENTOR)) {
            for (String attribute : ATTRIBUTES) {
                breakdowns.add(new Breakdown(attribute, side.name(),
                        Groups.of(outcomes.get(side), o -> o.attributes().get(attribute))));
            }
        }
        // A histogram of fewer than five mentees would describe individuals.
        List<Integer> histogram = outcomes.get(Side.MENTEE).size() < Groups.MINIMUM ? List.of()
                : histogram(outcomes.get(Side.MENTEE));
        return new FairnessReport(runId, filter, false, Groups.MINIMUM, histogram, breakdowns);
    }

    /** Matched mentees per 10-point band of their pair's score. */
    private static List<Integer> histogram(List<Groups.Outcome> mentees) {
        int[] bands = new int[10];
        mentees.stream().filter(Groups.Outcome::matched)
                .forEach(o -> bands[Math.min(9, (int) (o.score() / 100))]++);
        return java.util.Arrays.stream(bands).boxed().toList();
    }

    private static List<Groups.Outcome> outcomes(Map<Long, List<Integer>> scores, List<Unmatched> unmatched,
                                                 Side side, Map<Long, Employee> named, String filter) {
        List<Groups.Outcome> outcomes = new ArrayList<>();
        scores.forEach((participant, list) -> outcomes.add(new Groups.Outcome(attributes(named.get(participant)),
                true, list.stream().mapToInt(Integer::intValue).average().orElse(0))));
        unmatched.stream().filter(u -> u.side() == side).forEach(u -> outcomes.add(
                new Groups.Outcome(attributes(named.get(u.participantId())), false, 0)));
        return outcomes.stream().filter(o -> filter == null || filter.equals(o.attributes().get("department")))
                .toList();
    }

    static Map<String, String> attributes(Employee employee) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("department", employee == null || employee.department() == null ? UNKNOWN
                : employee.department());
        attributes.put("level", employee == null ? UNKNOWN : levelBand(employee.grade()));
        attributes.put("location", employee == null || employee.location() == null ? UNKNOWN : employee.location());
        attributes.put("generation", employee == null || employee.birthYear() == null ? UNKNOWN
                : (employee.birthYear() / 10 * 10) + "s");
        return attributes;
    }

    /** Grades in bands of three: 1–3, 4–6, 7–9, 10–12, and 13 and above together. */
    static String levelBand(Integer grade) {
        if (grade == null || grade < 1) {
            return UNKNOWN;
        }
        if (grade >= 13) {
            return "13+";
        }
        int low = (grade - 1) / 3 * 3 + 1;
        return low + "–" + (low + 2);
    }
}
