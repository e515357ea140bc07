package org.flipside.program.profile;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.MeetingMode;
import org.flipside.program.SkillRating;

/** Profiles with every section filled in, for tests. */
final class CompletenessTestProfiles {

    private CompletenessTestProfiles() {
    }

    static ProfileContent complete() {
        Map<Integer, Integer> answers = new HashMap<>();
        WorkStyle.STATEMENTS.forEach(s -> answers.put(s.number(), 2));
        return new ProfileContent(List.of(new SkillRating("prompt-writing", 4)), List.of(new SkillRating("delegation", 2)),
                "Board games", answers, "Europe/Paris",
                List.of(new AvailabilitySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))),
                MeetingMode.EITHER, List.of("en"), List.of());
    }
}
