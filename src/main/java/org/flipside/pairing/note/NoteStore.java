package org.flipside.pairing.note;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code private_note} table. Every read and write names the pair and the author, so a note is only ever found
 * by the person who wrote it.
 */
@Component
class NoteStore {

    private static final String COLUMNS = "select id, pair_id, body, created_at, updated_at, version from private_note ";

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PrivateNote> of(long pairId, long author) {
        return jdbc.sql(COLUMNS + "where pair_id = :pair and author_participant_id = :author "
                        + "order by created_at desc, id desc")
                .param("pair", pairId).param("author", author).query(NoteStore::row).list();
    }

    Optional<PrivateNote> find(long id, long pairId, long author) {
        return jdbc.sql(COLUMNS + "where id = :id and pair_id = :pair and author_participant_id = :author")
                .param("id", id).param("pair", pairId).param("author", author).query(NoteStore::row).optional();
    }

    long insert(long pairId, long author, String body, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into private_note (pair_id, author_participant_id, body, created_at, updated_at, version) "
                        + "values (:pair, :author, :body, :at, :at, 0)")
                .param("pair", pairId).param("author", author).param("body", body).param("at", utc(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** False when the note is not the author's or was saved since {@code version}. */
    boolean update(long id, long pairId, long author, String body, long version, Instant at) {
        return jdbc.sql("update private_note set body = :body, updated_at = :at, version = version + 1 "
                        + "where id = :id and pair_id = :pair and author_participant_id = :author and version = :version")
                .param("body", body).param("at", utc(at)).param("id", id).param("pair", pairId)
                .param("author", author).param("version", version).update() == 1;
    }

    boolean delete(long id, long pairId, long author) {
        return jdbc.sql("delete from private_note where id = :id and pair_id = :pair and author_participant_id = :author")
                .param("id", id).param("pair", pairId).param("author", author).update() == 1;
    }

    private static PrivateNote row(ResultSet rs, int n) throws SQLException {
        return new PrivateNote(rs.getLong("id"), rs.getLong("pair_id"), rs.getString("body"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
