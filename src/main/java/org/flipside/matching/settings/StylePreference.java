package org.flipside.matching.settings;

/** Whether a pair should be alike or different on one work-style dimension. */
public enum StylePreference {
    SIMILAR,
    COMPLEMENTARY,
    IGNORE
}
