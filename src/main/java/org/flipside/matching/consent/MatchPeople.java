package org.flipside.matching.consent;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.matching.MatchPerson;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.ParticipantProfiles;
import org.flipside.program.ProfileSnapshot;
import org.springframework.stereotype.Component;

/**
 * Names the participants of matches from the directory: who they are and where they work, nothing from their
 * profiles. However many people, it takes one participant query per thousand and one directory query per chunk.
 */
@Component
public class MatchPeople {

    private final ParticipantProfiles profiles;
    private final Directory directory;

    MatchPeople(ParticipantProfiles profiles, Directory directory) {
        this.profiles = profiles;
        this.directory = directory;
    }

    /** The named participants among these ids. */
    public Map<Long, Named> of(Collection<Long> participantIds) {
        return named(new HashMap<>(profiles.employeeNumbers(participantIds)));
    }

    /** The participant ids of the program who are still in it (not declined, not withdrawn). */
    public List<Long> stillIn(long programId) {
        return profiles.snapshots(programId).stream().map(ProfileSnapshot::participantId).toList();
    }

    private Map<Long, Named> named(Map<Long, String> numbers) {
        Map<String, Employee> employees = directory.byNumbers(numbers.values());
        Map<Long, Named> named = new HashMap<>();
        numbers.forEach((id, number) -> named.put(id, Named.of(id, number, employees.get(number))));
        return named;
    }

    /** A participant as a match shows them; someone who left the directory is named by employee number. */
    public record Named(long participantId, String employeeNumber, String fullName, String jobTitle,
                        String department, String email) {

        static Named of(long participantId, String number, Employee employee) {
            return employee == null ? new Named(participantId, number, number, null, null, null)
                    : new Named(participantId, number, employee.fullName(), employee.jobTitle(),
                    employee.department(), employee.email());
        }

        /** The participant as events and mails name them. */
        public MatchPerson person() {
            return new MatchPerson(participantId, fullName, email);
        }

        public static Named unknown(long participantId) {
            return new Named(participantId, null, "#" + participantId, null, null, null);
        }
    }
}
