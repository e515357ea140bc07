package org.flipside.matching.settings;

/** The parts a compatibility score is made of; each has a weight and may be a must-have. */
public enum Criterion {
    /** What the mentor offers, with level, against what the mentee wants to learn, with level. */
    SKILLS,
    /** Interests the two have in common. */
    INTERESTS,
    /** Work-style questionnaire, per dimension similar or complementary as the program prefers. */
    WORK_STYLE,
    /** Hours per week both are available. */
    AVAILABILITY,
    /** Distance between the two time zones. */
    TIME_ZONE,
    /** A language both speak. */
    LANGUAGE,
    /** Whether their preferred meeting modes go together. */
    MEETING_MODE,
    /** Answers to application questions the manager linked, one asked of mentors to one asked of mentees. */
    ANSWERS,
    /** Different departments. */
    CROSS_DEPARTMENT,
    /** Different locations. */
    CROSS_LOCATION,
    /** Different generations (birth years far apart). */
    CROSS_GENERATION;

    public String messageKey() {
        return "matching.criterion." + name();
    }
}
