package org.flipside.pairing;

import java.util.List;

/**
 * The self-assessments of a program's pairs as evidence of two-way learning: for each pair and side, the rating
 * each person gave themself before and after, per item. Only the program's managers, administrators and sponsors
 * may read it (the latter two for the outcomes report, which shows only aggregates); anyone else gets
 * {@link org.flipside.shared.NotFoundException}. Private notes are never part of it.
 */
public interface AssessmentResults {

    /** One entry per pair and side that submitted a PRE assessment, pairs in id order, mentee before mentor. */
    List<AssessmentResult> ofProgram(long programId);
}
