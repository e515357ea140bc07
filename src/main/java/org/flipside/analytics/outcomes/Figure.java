package org.flipside.analytics.outcomes;

import org.flipside.shared.privacy.SmallGroups;

/**
 * A share of a group: how many of {@code people} did something. Over fewer than {@link SmallGroups#MINIMUM} people
 * it is withheld, and then neither the count nor the percentage leaves the server.
 *
 * @param count   how many did it; {@code null} when withheld
 * @param percent the share rounded to a whole percent; {@code null} when withheld or over nobody
 */
public record Figure(int people, Integer count, Integer percent, boolean withheld) {

    static Figure of(int people, int count) {
        if (!SmallGroups.mayShow(people)) {
            return new Figure(people, null, null, true);
        }
        return new Figure(people, count, (int) Math.round(100.0 * count / people), false);
    }
}
