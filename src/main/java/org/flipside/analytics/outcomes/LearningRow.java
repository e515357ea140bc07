package org.flipside.analytics.outcomes;

import org.flipside.program.Side;

/**
 * How one side rated one skill or growth area of themselves before and after, on average.
 *
 * @param people   how many rated it both before and after
 * @param meanPre  the mean rating (1–5) at the start, one decimal; {@code null} when withheld
 * @param meanPost the mean rating at the end; {@code null} when withheld
 */
public record LearningRow(Side side, String item, String name, int people, Double meanPre, Double meanPost,
                          boolean withheld) {
}
