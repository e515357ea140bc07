package org.flipside.matching.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.matching.run.MatchingRun;
import org.flipside.matching.run.Proposal;
import org.flipside.matching.run.RunService;
import org.springframework.stereotype.Service;

/** Two runs of a program side by side: their totals and how many pairs the right one kept, changed or added. */
@Service
public class RunComparison {

    private final RunService runs;

    RunComparison(RunService runs) {
        this.runs = runs;
    }

    /**
     * @param kept    mentees with the same mentor in both runs
     * @param changed mentees proposed in both runs, to different mentors
     * @param added   mentees proposed only in the right run
     * @param dropped mentees proposed only in the left run
     */
    public record Comparison(MatchingRun left, MatchingRun right, int kept, int changed, int added, int dropped) {
    }

    public Comparison compare(long programId, long leftId, long rightId) {
        MatchingRun left = runs.get(programId, leftId);
        MatchingRun right = runs.get(programId, rightId);
        Map<Long, Long> before = mentors(runs.proposals(programId, leftId));
        Map<Long, Long> after = mentors(runs.proposals(programId, rightId));
        int kept = 0;
        int changed = 0;
        int added = 0;
        for (Map.Entry<Long, Long> pair : after.entrySet()) {
            Long earlier = before.get(pair.getKey());
            if (earlier == null) {
                added++;
            } else if (earlier.equals(pair.getValue())) {
                kept++;
            } else {
                changed++;
            }
        }
        int dropped = (int) before.keySet().stream().filter(mentee -> !after.containsKey(mentee)).count();
        return new Comparison(left, right, kept, changed, added, dropped);
    }

    private static Map<Long, Long> mentors(List<Proposal> proposals) {
        return proposals.stream().collect(Collectors.toMap(Proposal::menteeParticipantId,
                Proposal::mentorParticipantId));
    }
}
