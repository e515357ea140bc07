package org.flipside.people.importing;

import java.util.List;

/**
 * An import as the manager sees it before (and after) confirming: the file's columns, the mapping, what would be
 * written and every problem by row and column.
 *
 * @param confirmable whether confirming would write: no problems, or a partial import was asked for
 */
public record ImportPreview(long id, String fileName, ImportStatus status, List<String> headers,
                            ColumnMapping mapping, ImportOptions options, ImportCounts counts,
                            List<ImportProblem> problems, boolean confirmable) {
}
