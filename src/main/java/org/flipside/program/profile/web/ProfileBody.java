package org.flipside.program.profile.web;

import java.util.List;
import java.util.Map;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.MeetingMode;
import org.flipside.program.SkillRating;
import org.flipside.program.profile.ProfileContent;

/** A whole profile over JSON, with the version it was read at (0 for a profile never saved). */
record ProfileBody(List<SkillRating> offered, List<SkillRating> wanted, String interests, Map<Integer, Integer> answers,
                   String timeZone, List<AvailabilitySlot> availability, MeetingMode meetingMode, List<String> languages,
                   List<String> doNotMatch, Long version) {

    ProfileContent toContent() {
        return new ProfileContent(offered, wanted, interests, answers, timeZone, availability, meetingMode, languages,
                doNotMatch);
    }
}
