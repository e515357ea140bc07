package org.flipside.analytics.overview;

import org.flipside.shared.privacy.SmallGroups;

/**
 * How many people (or pairs) a cell of the overview covers; over fewer than {@link SmallGroups#MINIMUM} the number
 * does not leave the server.
 *
 * @param value the number; {@code null} when withheld
 */
public record Count(Integer value, boolean withheld) {

    static Count of(int n) {
        return SmallGroups.mayShow(n) ? new Count(n, false) : new Count(null, true);
    }
}
