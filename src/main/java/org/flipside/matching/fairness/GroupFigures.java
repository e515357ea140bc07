package org.flipside.matching.fairness;

/**
 * One group of a fairness breakdown. A withheld group shows only its name: fewer than five people (or shown numbers
 * would let a reader work them out) are never described.
 *
 * @param matchRate    percentage of the group that got a partner
 * @param averageScore average score of the group's matched people, in points
 * @param medianScore  median score of the group's matched people, in points
 */
public record GroupFigures(String group, boolean withheld, Integer people, Integer matched, Integer matchRate,
                           Double averageScore, Double medianScore) {

    static GroupFigures withheld(String group) {
        return new GroupFigures(group, true, null, null, null, null, null);
    }
}
