package org.flipside.pairing.pair;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.flipside.pairing.PairMember;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.ParticipantProfiles;
import org.flipside.program.Side;
import org.springframework.stereotype.Component;

/**
 * Names the people of pairs: who they are from the directory, their time zone from their profile (or the directory's
 * when the profile names none, UTC when neither is valid). A fixed handful of queries however many pairs.
 */
@Component
class PairPeople {

    private final ParticipantProfiles profiles;
    private final Directory directory;

    PairPeople(ParticipantProfiles profiles, Directory directory) {
        this.profiles = profiles;
        this.directory = directory;
    }

    /** Both people of each pair, by participant id. */
    Map<Long, PairMember> of(Collection<PairRow> pairs) {
        Map<Long, Side> sides = new HashMap<>();
        for (PairRow pair : pairs) {
            sides.put(pair.menteeParticipantId(), Side.MENTEE);
            sides.put(pair.mentorParticipantId(), Side.MENTOR);
        }
        Map<Long, String> numbers = profiles.employeeNumbers(sides.keySet());
        Map<Long, String> zones = profiles.timeZones(sides.keySet());
        Set<String> wanted = new HashSet<>(numbers.values());
        Map<String, Employee> employees = directory.byNumbers(wanted);
        Map<Long, PairMember> members = new HashMap<>();
        sides.forEach((id, side) -> {
            String number = numbers.get(id);
            Employee employee = number == null ? null : employees.get(number);
            String zone = zone(zones.get(id), employee == null ? null : employee.timeZone());
            members.put(id, employee == null
                    ? new PairMember(id, side, number, number == null ? "#" + id : number, null, null, null, zone)
                    : new PairMember(id, side, number, employee.fullName(), employee.email(), employee.jobTitle(),
                    employee.department(), zone));
        });
        return members;
    }

    private static String zone(String chosen, String fromDirectory) {
        for (String candidate : new String[]{chosen, fromDirectory}) {
            if (candidate != null && !candidate.isBlank()) {
                try {
                    return ZoneId.of(candidate).getId();
                } catch (DateTimeException ignored) {
                    // an outdated or mistyped zone: try the next source
                }
            }
        }
        return "UTC";
    }
}
