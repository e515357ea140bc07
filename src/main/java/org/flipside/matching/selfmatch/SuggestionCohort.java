package org.flipside.matching.selfmatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.matching.run.CohortInputs;
import org.flipside.matching.scoring.Candidate;
import org.flipside.matching.scoring.Cohort;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.ParticipantProfiles;
import org.flipside.program.ProfileSnapshot;
import org.flipside.program.ProgramView;
import org.flipside.program.Question;
import org.flipside.program.Side;
import org.springframework.stereotype.Component;

/**
 * One mentee against every approved mentor of the program, scored and constrained exactly as a manager's run would
 * score and constrain them: the same settings, questions and hard rules.
 */
@Component
class SuggestionCohort {

    private final SelfMatchRoster roster;
    private final ParticipantProfiles profiles;
    private final Directory directory;
    private final CohortInputs inputs;

    SuggestionCohort(SelfMatchRoster roster, ParticipantProfiles profiles, Directory directory, CohortInputs inputs) {
        this.roster = roster;
        this.profiles = profiles;
        this.directory = directory;
        this.inputs = inputs;
    }

    Built build(ProgramView program, long menteeParticipantId, List<Question> questions, MatchingSettings settings) {
        Set<Long> mentorIds = roster.approved(program.id(), Side.MENTOR).keySet();
        List<ProfileSnapshot> snapshots = profiles.snapshots(program.id()).stream()
                .filter(s -> s.participantId() == menteeParticipantId || mentorIds.contains(s.participantId()))
                .toList();
        Set<String> numbers = new HashSet<>();
        snapshots.forEach(s -> numbers.add(s.employeeNumber()));
        Map<String, Employee> employees = directory.byNumbers(numbers);
        Map<Long, Candidate> candidates = new HashMap<>();
        snapshots.forEach(s -> candidates.put(s.participantId(), new Candidate(s, employees.get(s.employeeNumber()))));
        Candidate mentee = candidates.get(menteeParticipantId);
        List<Long> mentorOrder = new ArrayList<>();
        List<Candidate> mentors = new ArrayList<>();
        snapshots.stream().map(ProfileSnapshot::participantId).filter(mentorIds::contains).sorted()
                .forEach(id -> {
                    mentorOrder.add(id);
                    mentors.add(candidates.get(id));
                });
        Cohort cohort = Cohort.of(List.of(mentee), mentors, settings, questions,
                inputs.hardRules(program.id(), candidates));
        return new Built(cohort, mentorOrder);
    }

    /** The cohort (mentee 0) and the participant id of each mentor index. */
    record Built(Cohort cohort, List<Long> mentorIds) {

        int indexOf(long mentorParticipantId) {
            return mentorIds.indexOf(mentorParticipantId);
        }
    }
}
