package org.flipside.pairing.goal;

/** Where a junior mentor wants to grow through mentoring a senior leader. Labels are {@code goal.area.<NAME>}. */
public enum GrowthArea {
    LEADERSHIP_EXPOSURE, PRESENTING_TO_EXECUTIVES, STRATEGIC_THINKING, BUILDING_A_NETWORK, OTHER;

    public String messageKey() {
        return "goal.area." + name();
    }
}
