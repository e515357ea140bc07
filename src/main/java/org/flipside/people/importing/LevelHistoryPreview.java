package org.flipside.people.importing;

import java.time.Instant;
import java.util.List;

/**
 * A level-history upload as HR sees it before (and after) applying it.
 *
 * @param rows       the person rows in the file
 * @param changes    how many level changes applying records (or recorded, once applied)
 * @param problems   every problem by row and column; any problem means nothing can be applied
 * @param applicable whether applying would write: uploaded, not yet applied, no problems
 */
public record LevelHistoryPreview(long id, String fileName, String status, Instant uploadedAt, int rows, int changes,
                                  List<ImportProblem> problems, boolean applicable) {

    public LevelHistoryPreview {
        problems = List.copyOf(problems);
    }
}
