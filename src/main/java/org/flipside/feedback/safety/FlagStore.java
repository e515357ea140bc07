package org.flipside.feedback.safety;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code safety_flag} table. Every read names the program, so a flag is never found by its id alone. */
@Component
class FlagStore {

    private static final String COLUMNS = "select id, program_id, round_number, week_of, pair_id, mean, followed_up, "
            + "follow_up_note, followed_up_by, followed_up_at, version from safety_flag ";

    private final JdbcClient jdbc;

    FlagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored flag; names are added by whoever shows it. */
    record Row(long id, long programId, int round, LocalDate weekOf, Long pairId, BigDecimal mean, boolean followedUp,
               String note, String followedUpBy, Instant followedUpAt, long version) {
    }

    /** {@code pairId} and {@code mean} are {@code null} unless the junior mentor agreed to be contacted. */
    long raise(long programId, int round, LocalDate weekOf, Long pairId, BigDecimal mean) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into safety_flag (program_id, round_number, week_of, pair_id, mean, followed_up, version) "
                        + "values (:program, :round, :week, :pair, :mean, false, 0)")
                .param("program", programId).param("round", round).param("week", weekOf).param("pair", pairId)
                .param("mean", mean).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** The program's flags, those waiting for a follow-up first, newest first within each. */
    List<Row> ofProgram(long programId) {
        return jdbc.sql(COLUMNS + "where program_id = :program order by followed_up, week_of desc, id desc")
                .param("program", programId).query(FlagStore::row).list();
    }

    Optional<Row> find(long programId, long id) {
        return jdbc.sql(COLUMNS + "where program_id = :program and id = :id").param("program", programId)
                .param("id", id).query(FlagStore::row).optional();
    }

    /** False when the flag changed since {@code version}. */
    boolean followUp(long programId, long id, String note, String by, Instant at, long version) {
        return jdbc.sql("update safety_flag set followed_up = true, follow_up_note = :note, followed_up_by = :by, "
                        + "followed_up_at = :at, version = version + 1 "
                        + "where program_id = :program and id = :id and version = :version")
                .param("note", note).param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("program", programId).param("id", id).param("version", version).update() == 1;
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        OffsetDateTime at = rs.getObject("followed_up_at", OffsetDateTime.class);
        return new Row(rs.getLong("id"), rs.getLong("program_id"), rs.getInt("round_number"),
                rs.getObject("week_of", LocalDate.class), rs.getObject("pair_id", Long.class),
                rs.getBigDecimal("mean"), rs.getBoolean("followed_up"), rs.getString("follow_up_note"),
                rs.getString("followed_up_by"), at == null ? null : at.toInstant(), rs.getLong("version"));
    }
}
