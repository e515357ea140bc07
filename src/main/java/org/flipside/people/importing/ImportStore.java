package org.flipside.people.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code directory_import} and {@code import_mapping} tables. */
@Repository
class ImportStore {

    private static final String COLUMNS = """
            id, file_name, size_bytes, uploaded_by, uploaded_at, status, mapping, date_format, partial_import,
            full_sync, row_count, created_count, updated_count, unchanged_count, leaver_count, rejected_count,
            problem_count, finished_at""";

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(String fileName, byte[] content, String uploadedBy, Instant now, ColumnMapping mapping) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into directory_import (file_name, content, size_bytes, uploaded_by, uploaded_at, status,
                            mapping, date_format, partial_import, full_sync)
                        values (:fileName, :content, :size, :by, :now, 'UPLOADED', :mapping, :dateFormat, false, false)""")
                .param("fileName", fileName)
                .param("content", content)
                .param("size", (long) content.length)
                .param("by", uploadedBy)
                .param("now", Timestamp.from(now))
                .param("mapping", mapping.encode())
                .param("dateFormat", mapping.dateFormat())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<DirectoryImport> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from directory_import where id = :id").param("id", id)
                .query(ImportStore::map).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from directory_import where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    void previewed(long id, ColumnMapping mapping, ImportOptions options, ImportCounts counts) {
        jdbc.sql("""
                        update directory_import set status = 'PREVIEWED', mapping = :mapping, date_format = :dateFormat,
                            partial_import = :partial, full_sync = :fullSync, row_count = :rows, created_count = :created,
                            updated_count = :updated, unchanged_count = :unchanged, leaver_count = :leavers,
                            rejected_count = :rejected, problem_count = :problems
                        where id = :id and status <> 'DONE'""")
                .param("id", id)
                .param("mapping", mapping.encode())
                .param("dateFormat", mapping.dateFormat())
                .param("partial", options.partial())
                .param("fullSync", options.fullSync())
                .params(counts(counts))
                .update();
    }

    /** Marks the import done unless another request (on any instance) got there first. */
    boolean finish(long id, ImportCounts counts, Instant now) {
        return jdbc.sql("""
                        update directory_import set status = 'DONE', row_count = :rows, created_count = :created,
                            updated_count = :updated, unchanged_count = :unchanged, leaver_count = :leavers,
                            rejected_count = :rejected, problem_count = :problems, finished_at = :now
                        where id = :id and status = 'PREVIEWED'""")
                .param("id", id)
                .param("now", Timestamp.from(now))
                .params(counts(counts))
                .update() == 1;
    }

    int discardUploadedBefore(Instant cutoff) {
        return jdbc.sql("delete from directory_import where uploaded_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }

    Optional<ColumnMapping> rememberedMapping(String organisation) {
        return jdbc.sql("select mapping, date_format from import_mapping where organisation = :organisation")
                .param("organisation", organisation)
                .query((rs, n) -> ColumnMapping.decode(rs.getString(1), rs.getString(2))).optional();
    }

    void rememberMapping(String organisation, ColumnMapping mapping, Instant now) {
        int updated = jdbc.sql("""
                        update import_mapping set mapping = :mapping, date_format = :dateFormat, updated_at = :now
                        where organisation = :organisation""")
                .param("organisation", organisation)
                .param("mapping", mapping.encode())
                .param("dateFormat", mapping.dateFormat())
                .param("now", Timestamp.from(now))
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into import_mapping (organisation, mapping, date_format, updated_at)
                            values (:organisation, :mapping, :dateFormat, :now)""")
                    .param("organisation", organisation)
                    .param("mapping", mapping.encode())
                    .param("dateFormat", mapping.dateFormat())
                    .param("now", Timestamp.from(now))
                    .update();
        }
    }

    private static java.util.Map<String, Object> counts(ImportCounts c) {
        return java.util.Map.of("rows", c.rows(), "created", c.created(), "updated", c.updated(),
                "unchanged", c.unchanged(), "leavers", c.leavers(), "rejected", c.rejected(), "problems", c.problems());
    }

    private static DirectoryImport map(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        Integer rows = rs.getObject("row_count", Integer.class);
        ImportCounts counts = rows == null ? null : new ImportCounts(rows, rs.getInt("created_count"),
                rs.getInt("updated_count"), rs.getInt("unchanged_count"), rs.getInt("leaver_count"),
                rs.getInt("rejected_count"), rs.getInt("problem_count"));
        return new DirectoryImport(rs.getLong("id"), rs.getString("file_name"), rs.getLong("size_bytes"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                ImportStatus.valueOf(rs.getString("status")),
                ColumnMapping.decode(rs.getString("mapping"), rs.getString("date_format")),
                new ImportOptions(rs.getBoolean("partial_import"), rs.getBoolean("full_sync")), counts,
                finished == null ? null : finished.toInstant());
    }
}
