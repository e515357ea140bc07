package org.flipside.program.profile;

import java.util.ArrayList;
import java.util.List;

/** How much of a profile is filled in: the share of sections done, rounded down, and the sections still missing. */
public record Completeness(int percent, List<ProfileSection> missing) {

    public Completeness {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    public static Completeness of(ProfileContent content) {
        List<ProfileSection> missing = new ArrayList<>();
        if (content.offered().isEmpty()) {
            missing.add(ProfileSection.OFFERED);
        }
        if (content.wanted().isEmpty()) {
            missing.add(ProfileSection.WANTED);
        }
        if (content.interests() == null || content.interests().isBlank()) {
            missing.add(ProfileSection.INTERESTS);
        }
        if (!WorkStyle.complete(content.answers())) {
            missing.add(ProfileSection.WORK_STYLE);
        }
        if (content.availability().isEmpty()) {
            missing.add(ProfileSection.AVAILABILITY);
        }
        if (content.meetingMode() == null) {
            missing.add(ProfileSection.MEETING_MODE);
        }
        if (content.languages().isEmpty()) {
            missing.add(ProfileSection.LANGUAGES);
        }
        int sections = ProfileSection.values().length;
        return new Completeness((sections - missing.size()) * 100 / sections, missing);
    }
}
