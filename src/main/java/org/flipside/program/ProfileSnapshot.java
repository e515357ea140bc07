package org.flipside.program;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything matching needs about one participant's profile, including the confidential do-not-match list.
 * Never show {@code doNotMatch} to anyone but the participant themself.
 *
 * @param side         whether the participant is a (junior) mentor or a (senior) mentee
 * @param workStyle    0–100 per dimension; a dimension whose statements are not all answered is absent
 * @param completeness percentage of the profile's sections that are filled in
 * @param answers      the participant's answers to the program's application questions by question id, several
 *                     values only for multiple choice; confidential like the rest of the application
 */
public record ProfileSnapshot(long participantId, long programId, String employeeNumber, Side side,
                              List<SkillRating> offered, List<SkillRating> wanted, String interests,
                              Map<WorkStyleDimension, Integer> workStyle, String timeZone,
                              List<AvailabilitySlot> availability, MeetingMode meetingMode, List<String> languages,
                              Set<String> doNotMatch, int completeness, Map<Long, List<String>> answers) {

    public ProfileSnapshot {
        answers = answers == null ? Map.of() : answers.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        offered = List.copyOf(offered);
        wanted = List.copyOf(wanted);
        workStyle = Map.copyOf(workStyle);
        availability = List.copyOf(availability);
        languages = List.copyOf(languages);
        doNotMatch = Set.copyOf(doNotMatch);
    }
}
