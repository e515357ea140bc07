package org.flipside.program;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything matching needs about one participant's profile, including the confidential do-not-match list.
 * Never show {@code doNotMatch} to anyone but the participant themself.
 *
 * @param workStyle    0–100 per dimension; a dimension whose statements are not all answered is absent
 * @param completeness percentage of the profile's sections that are filled in
 */
public record ProfileSnapshot(long participantId, long programId, String employeeNumber, List<SkillRating> offered,
                              List<SkillRating> wanted, String interests, Map<WorkStyleDimension, Integer> workStyle,
                              String timeZone, List<AvailabilitySlot> availability, MeetingMode meetingMode,
                              List<String> languages, Set<String> doNotMatch, int completeness) {

    public ProfileSnapshot {
        offered = List.copyOf(offered);
        wanted = List.copyOf(wanted);
        workStyle = Map.copyOf(workStyle);
        availability = List.copyOf(availability);
        languages = List.copyOf(languages);
        doNotMatch = Set.copyOf(doNotMatch);
    }
}
