package org.flipside.program.enrollment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flipside.program.ParticipantQuery;
import org.flipside.program.ParticipantState;
import org.flipside.program.Side;
import org.flipside.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Reads and writes participants; an update only succeeds on the version it was loaded with. */
@Component
class ParticipantStore {

    static final String KIND = "Participant";
    private static final String COLUMNS = "id, program_id, employee_number, side, state, state_reason, invited_at, "
            + "applied_at, decided_at, decided_by, consent_at, consent_version, created_at, created_by, updated_at, version";

    private final JdbcClient jdbc;

    ParticipantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Participant p) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into participant (program_id, employee_number, side, state, state_reason, invited_at, "
                        + "applied_at, consent_at, consent_version, created_at, created_by, updated_at, version) values "
                        + "(:program, :employee, :side, :state, :reason, :invited, :applied, :consentAt, :consentVersion, "
                        + ":created, :createdBy, :updated, 0)")
                .param("program", p.programId()).param("employee", p.employeeNumber())
                .param("side", p.side().name()).param("state", p.state().name()).param("reason", p.stateReason())
                .param("invited", utc(p.invitedAt())).param("applied", utc(p.appliedAt()))
                .param("consentAt", utc(p.consentAt())).param("consentVersion", p.consentVersion())
                .param("created", utc(p.createdAt())).param("createdBy", p.createdBy())
                .param("updated", utc(p.updatedAt()))
                .update(keys, "id");
        p.assignId(keys.getKey().longValue());
    }

    void update(Participant p) {
        int changed = jdbc.sql("update participant set state = :state, state_reason = :reason, applied_at = :applied, "
                        + "decided_at = :decided, decided_by = :decidedBy, consent_at = :consentAt, "
                        + "consent_version = :consentVersion, updated_at = :updated, version = version + 1 "
                        + "where id = :id and version = :version")
                .param("state", p.state().name()).param("reason", p.stateReason())
                .param("applied", utc(p.appliedAt())).param("decided", utc(p.decidedAt()))
                .param("decidedBy", p.decidedBy()).param("consentAt", utc(p.consentAt()))
                .param("consentVersion", p.consentVersion()).param("updated", utc(p.updatedAt()))
                .param("id", p.id()).param("version", p.version())
                .update();
        if (changed != 1) {
            throw new StaleEditException(KIND, p.id());
        }
        p.bumpVersion();
    }

    Optional<Participant> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from participant where id = :id").param("id", id)
                .query(ParticipantStore::row).optional();
    }

    /** One page of the program's participants matching the filters, oldest first. */
    List<Participant> ofProgram(long programId, ParticipantQuery query, int page, int size) {
        return filtered("select " + COLUMNS + " from participant", programId, query,
                " order by id limit :limit offset :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query(ParticipantStore::row).list();
    }

    /** How many of the program's participants match the filters. */
    long countOf(long programId, ParticipantQuery query) {
        return filtered("select count(*) from participant", programId, query, "").query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String select, long programId, ParticipantQuery query, String tail) {
        StringBuilder sql = new StringBuilder(select).append(" where program_id = :program");
        if (query.side() != null) {
            sql.append(" and side = :side");
        }
        if (query.state() != null) {
            sql.append(" and state = :state");
        }
        sql.append(tail);
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString()).param("program", programId);
        if (query.side() != null) {
            spec = spec.param("side", query.side().name());
        }
        if (query.state() != null) {
            spec = spec.param("state", query.state().name());
        }
        return spec;
    }

    List<Participant> ofEmployee(String employeeNumber) {
        return jdbc.sql("select " + COLUMNS + " from participant where employee_number = :employee order by id desc")
                .param("employee", employeeNumber).query(ParticipantStore::row).list();
    }

    Set<String> enrolledIn(long programId) {
        return Set.copyOf(jdbc.sql("select employee_number from participant where program_id = :program")
                .param("program", programId).query(String.class).list());
    }

    Map<ParticipantState, Long> counts(long programId) {
        Map<ParticipantState, Long> counts = new EnumMap<>(ParticipantState.class);
        for (ParticipantState state : ParticipantState.values()) {
            counts.put(state, 0L);
        }
        jdbc.sql("select state, count(*) as n from participant where program_id = :program group by state")
                .param("program", programId)
                .query((rs, n) -> Map.entry(ParticipantState.valueOf(rs.getString("state")), rs.getLong("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private static Participant row(ResultSet rs, int n) throws SQLException {
        return new Participant(rs.getLong("id"), rs.getLong("program_id"), rs.getString("employee_number"),
                Side.valueOf(rs.getString("side")), ParticipantState.valueOf(rs.getString("state")),
                rs.getString("state_reason"), instant(rs, "invited_at"), instant(rs, "applied_at"),
                instant(rs, "decided_at"), rs.getString("decided_by"), instant(rs, "consent_at"),
                rs.getString("consent_version"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
