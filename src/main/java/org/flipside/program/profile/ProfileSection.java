package org.flipside.program.profile;

/** The parts of a profile counted for completeness. The do-not-match list is optional and not counted. */
public enum ProfileSection {
    OFFERED, WANTED, INTERESTS, WORK_STYLE, AVAILABILITY, MEETING_MODE, LANGUAGES
}
