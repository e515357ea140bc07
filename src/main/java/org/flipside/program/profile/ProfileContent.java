package org.flipside.program.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.MeetingMode;
import org.flipside.program.SkillRating;

/**
 * What a participant fills in. Used for input before the rules have checked it (elements may be null: the rules
 * report them) and for what is stored.
 *
 * @param answers    statement number → answer 1–5
 * @param timeZone   IANA zone of the availability slots
 * @param doNotMatch employee numbers the participant asks not to be matched with; confidential
 */
public record ProfileContent(List<SkillRating> offered, List<SkillRating> wanted, String interests,
                             Map<Integer, Integer> answers, String timeZone, List<AvailabilitySlot> availability,
                             MeetingMode meetingMode, List<String> languages, List<String> doNotMatch) {

    public ProfileContent {
        offered = copy(offered);
        wanted = copy(wanted);
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(answers));
        availability = copy(availability);
        languages = copy(languages);
        doNotMatch = copy(doNotMatch);
    }

    public static ProfileContent empty() {
        return new ProfileContent(null, null, null, null, null, null, null, null, null);
    }

    /** Copies that keep null elements, so the rules can report them instead of a NullPointerException here. */
    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
