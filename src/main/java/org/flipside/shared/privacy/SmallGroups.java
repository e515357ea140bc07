package org.flipside.shared.privacy;

/**
 * The one rule every report about people follows: a figure that covers fewer than {@link #MINIMUM} people is
 * withheld, because a reader who knows the group could tell what a single person answered. Surveys, the safety
 * pulse and the dashboards all ask here, so the threshold cannot drift between them.
 */
public final class SmallGroups {

    /** The smallest number of people an aggregate may cover. */
    public static final int MINIMUM = 5;

    private SmallGroups() {
    }

    /** Whether a figure computed over {@code people} distinct people may be shown. */
    public static boolean mayShow(long people) {
        return people >= MINIMUM;
    }
}
