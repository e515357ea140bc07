package org.flipside.matching.run;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.matching.rule.MatchingRule;
import org.flipside.matching.rule.RuleKind;
import org.flipside.matching.rule.RuleStore;
import org.flipside.matching.scoring.Candidate;
import org.flipside.matching.scoring.Cohort;
import org.flipside.matching.scoring.HardRules;
import org.flipside.matching.scoring.PairKey;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.people.ReportingLines;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantProfiles;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProfileSnapshot;
import org.springframework.stereotype.Component;

/**
 * Everything a cohort is built from for one program: approved participants' profiles with their directory entries
 * (one profile query and one directory query for the whole program), the program's questions, and the hard rules
 * (reporting lines, earlier pairs from confirmed matches in other programs, the managers' bans).
 */
@Component
public class CohortInputs {

    private final ParticipantProfiles profiles;
    private final Directory directory;
    private final Enrollment enrollment;
    private final ReportingLines reportingLines;
    private final RuleStore rules;
    private final SeatsAndHistory history;

    CohortInputs(ParticipantProfiles profiles, Directory directory, Enrollment enrollment,
                 ReportingLines reportingLines, RuleStore rules, SeatsAndHistory history) {
        this.profiles = profiles;
        this.directory = directory;
        this.enrollment = enrollment;
        this.reportingLines = reportingLines;
        this.rules = rules;
        this.history = history;
    }

    /** The candidates among {@code approved}, by participant id. */
    public Map<Long, Candidate> candidates(long programId, Map<Long, ParticipantView> approved) {
        List<ProfileSnapshot> snapshots = profiles.snapshots(programId).stream()
                .filter(s -> approved.containsKey(s.participantId())).toList();
        Map<String, Employee> employees = directory.byNumbers(
                snapshots.stream().map(ProfileSnapshot::employeeNumber).collect(Collectors.toSet()));
        return snapshots.stream().collect(Collectors.toMap(ProfileSnapshot::participantId,
                s -> new Candidate(s, employees.get(s.employeeNumber())), (a, b) -> a));
    }

    public HardRules hardRules(long programId, Map<Long, Candidate> candidates) {
        Set<PairKey> earlier = new HashSet<>();
        for (String[] pair : history.earlierPairs(programId)) {
            // Paired before is paired before, whichever side each of them was on.
            earlier.add(new PairKey(pair[0], pair[1]));
            earlier.add(new PairKey(pair[1], pair[0]));
        }
        Set<PairKey> forbidden = new HashSet<>();
        for (MatchingRule rule : rules.ofProgram(programId)) {
            Candidate mentee = candidates.get(rule.menteeParticipantId());
            Candidate mentor = candidates.get(rule.mentorParticipantId());
            if (rule.kind() == RuleKind.FORBID && mentee != null && mentor != null) {
                forbidden.add(new PairKey(mentee.employeeNumber(), mentor.employeeNumber()));
            }
        }
        return new HardRules(reportingLines, earlier, forbidden);
    }

    public Cohort cohort(long programId, List<Candidate> mentees, List<Candidate> mentors, MatchingSettings settings,
                         HardRules rules) {
        return Cohort.of(mentees, mentors, settings, enrollment.questions(programId), rules);
    }

    /** A cohort of just these two people, to explain or check one pair. */
    public Cohort pair(long programId, Map<Long, ParticipantView> approved, long mentee, long mentor,
                       MatchingSettings settings) {
        return subset(programId, approved, List.of(mentee), List.of(mentor), settings);
    }

    /** A cohort of just these approved mentees and mentors, in the given order, under the program's hard rules. */
    public Cohort subset(long programId, Map<Long, ParticipantView> approved, List<Long> mentees, List<Long> mentors,
                         MatchingSettings settings) {
        Map<Long, Candidate> candidates = candidates(programId, approved);
        return cohort(programId, profiled(candidates, mentees), profiled(candidates, mentors), settings,
                hardRules(programId, candidates));
    }

    private static List<Candidate> profiled(Map<Long, Candidate> candidates, List<Long> ids) {
        return ids.stream().map(id -> {
            Candidate candidate = candidates.get(id);
            if (candidate == null) {
                throw new IllegalStateException("Approved participant " + id + " has no profile");
            }
            return candidate;
        }).toList();
    }
}
