package org.flipside.pairing.workspace;

import java.util.List;
import org.flipside.pairing.PairView;

/**
 * One part of a pair's record as its people and its program's managers may download it (agreement, goals, sessions,
 * self-assessments). Each part of the workspace with something to export implements it as a bean. Nothing private
 * to one person — such as their private notes — is ever a part.
 */
public interface PairRecordPart {

    /** Where the part goes in the record: lower first. */
    int order();

    /** The part's heading as a message key, e.g. {@code pair.record.goals}. */
    String titleKey();

    /** The part's table for this pair: the header row first, then one row per item. */
    List<List<String>> rows(PairView pair);
}
