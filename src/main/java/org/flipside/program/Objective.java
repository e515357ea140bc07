package org.flipside.program;

/**
 * The catalogue of objectives reverse-mentoring programs commonly pursue. Labels are message keys
 * {@code objective.<NAME>}; a manager may add custom objectives in their own words besides these.
 */
public enum Objective {
    DIGITAL_FLUENCY,
    SOCIAL_MEDIA_LITERACY,
    BRIDGING_GENERATIONS,
    INNOVATION,
    DIVERSITY_INCLUSION,
    UNDERSTANDING_YOUNGER_CUSTOMERS;

    public String messageKey() {
        return "objective." + name();
    }
}
