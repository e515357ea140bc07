package org.flipside.people.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code level_history_upload} table. */
@Repository
class LevelHistoryStore {

    record Upload(long id, String fileName, String uploadedBy, Instant uploadedAt, String status,
                  Integer appliedCount) {
    }

    private final JdbcClient jdbc;

    LevelHistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(String fileName, byte[] content, String uploadedBy, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into level_history_upload (file_name, content, uploaded_by, uploaded_at, status)
                        values (:fileName, :content, :by, :now, 'UPLOADED')""")
                .param("fileName", fileName)
                .param("content", content)
                .param("by", uploadedBy)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Upload> find(long id) {
        return jdbc.sql("""
                        select id, file_name, uploaded_by, uploaded_at, status, applied_count
                        from level_history_upload where id = :id""").param("id", id)
                .query((rs, n) -> new Upload(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getObject(6, Integer.class)))
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from level_history_upload where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    /** Marks the upload applied; false when it already was (by anyone, on any instance). */
    boolean finish(long id, int applied, Instant now) {
        return jdbc.sql("""
                        update level_history_upload set status = 'APPLIED', applied_count = :applied, finished_at = :now
                        where id = :id and status = 'UPLOADED'""")
                .param("id", id).param("applied", applied).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Uploads never applied are kept a day, like directory imports. */
    void discardUploadedBefore(Instant limit) {
        jdbc.sql("delete from level_history_upload where status = 'UPLOADED' and uploaded_at < :limit")
                .param("limit", Timestamp.from(limit)).update();
    }
}
