package org.flipside.people.importing;

import java.time.Instant;

/**
 * One import as stored between its steps. The counts are those of the last preview, or of the import once done.
 */
public record DirectoryImport(long id, String fileName, long sizeBytes, String uploadedBy, Instant uploadedAt,
                              ImportStatus status, ColumnMapping mapping, ImportOptions options, ImportCounts counts,
                              Instant finishedAt) {
}
