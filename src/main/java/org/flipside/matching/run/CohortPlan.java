package org.flipside.matching.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.matching.rule.MatchingRule;
import org.flipside.matching.rule.RuleKind;
import org.flipside.matching.scoring.Candidate;
import org.flipside.program.ParticipantView;
import org.flipside.program.Side;

/**
 * Who takes part in a run and with how many places: approved participants with a profile, less the mentees who
 * already hold a seat and the mentors whose seats are all taken; each mentor's places are their capacity less the
 * seats open or confirmed matches hold. Locks whose two people both take part are listed for fixing first.
 */
record CohortPlan(List<Candidate> mentees, List<Long> menteeIds, List<Candidate> mentors, List<Long> mentorIds,
                  int[] capacity, List<MatchingRule> locks) {

    static CohortPlan of(Map<Long, ParticipantView> approved, Map<Long, Candidate> candidates, Set<Long> seated,
                         Map<Long, Integer> taken, Map<Long, Integer> overrides, int programCapacity,
                         List<MatchingRule> rules) {
        List<Long> menteeIds = new ArrayList<>();
        List<Long> mentorIds = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        approved.values().stream().sorted(Comparator.comparingLong(ParticipantView::id))
                .filter(p -> candidates.containsKey(p.id())).forEach(p -> {
                    if (p.side() == Side.MENTEE && !seated.contains(p.id())) {
                        menteeIds.add(p.id());
                    } else if (p.side() == Side.MENTOR) {
                        int free = overrides.getOrDefault(p.id(), programCapacity) - taken.getOrDefault(p.id(), 0);
                        if (free > 0) {
                            mentorIds.add(p.id());
                            places.add(free);
                        }
                    }
                });
        Set<Long> mentees = new HashSet<>(menteeIds);
        Set<Long> mentors = new HashSet<>(mentorIds);
        List<MatchingRule> locks = rules.stream().filter(r -> r.kind() == RuleKind.LOCK)
                .filter(r -> mentees.contains(r.menteeParticipantId()) && mentors.contains(r.mentorParticipantId()))
                .toList();
        return new CohortPlan(menteeIds.stream().map(candidates::get).toList(), List.copyOf(menteeIds),
                mentorIds.stream().map(candidates::get).toList(), List.copyOf(mentorIds),
                places.stream().mapToInt(Integer::intValue).toArray(), locks);
    }
}
