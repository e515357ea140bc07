package org.flipside.pairing;

import java.util.List;
import org.flipside.program.Side;

/**
 * One person's self-assessment in a pair: the items they rated when they started, with the rating before and (once
 * given) after.
 *
 * @param items in the order they were rated
 */
public record AssessmentResult(long pairId, Side side, long participantId, List<ItemResult> items) {

    public AssessmentResult {
        items = List.copyOf(items);
    }

    /**
     * One rated item.
     *
     * @param item        {@code skill:<code>} for a skill of the catalogue, {@code growth:<code>} for one of the
     *                    growth areas every junior mentor rates
     * @param name        the item's display name
     * @param pre         the rating from 1 to 5 at the start
     * @param post        the rating at the end; {@code null} until given
     */
    public record ItemResult(String item, String name, int pre, Integer post) {

        /** post − pre, or {@code null} while there is no post rating. */
        public Integer change() {
            return post == null ? null : post - pre;
        }
    }
}
