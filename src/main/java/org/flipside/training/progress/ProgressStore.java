package org.flipside.training.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flipside.program.ParticipantState;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Modules passed, attempts and completions per participant. */
@Repository
public class ProgressStore {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Trainee> trainee(long participantId) {
        return jdbc.sql("select id, program_id, side, state, decided_at from participant where id = :id")
                .param("id", participantId).query(ProgressStore::trainee).optional();
    }

    public List<Trainee> trainees(Collection<Long> participantIds) {
        List<Long> ids = List.copyOf(new HashSet<>(participantIds));
        List<Trainee> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            found.addAll(jdbc.sql("select id, program_id, side, state, decided_at from participant where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(ProgressStore::trainee).list());
        }
        return found;
    }

    /**
     * Holds the participant's row until the transaction ends, so that two submissions by one person are counted one
     * after the other and the later one sees what the earlier one passed.
     */
    void lock(long participantId) {
        jdbc.sql("select id from participant where id = :id for update").param("id", participantId)
                .query(Long.class).optional();
    }

    public Set<String> passed(long participantId) {
        return new HashSet<>(jdbc.sql("select module_code from training_module_passed where participant_id = :id")
                .param("id", participantId).query(String.class).list());
    }

    public Map<Long, Set<String>> passed(Collection<Long> participantIds) {
        List<Long> ids = List.copyOf(new HashSet<>(participantIds));
        Map<Long, Set<String>> passed = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select participant_id, module_code from training_module_passed where participant_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((ResultSet rs) -> {
                        passed.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                    });
        }
        return passed;
    }

    void attempt(long participantId, String moduleCode, List<Integer> wrong, Instant at) {
        jdbc.sql("insert into training_attempt (participant_id, module_code, passed, wrong, attempted_at) "
                        + "values (:id, :code, :passed, :wrong, :at)")
                .param("id", participantId).param("code", moduleCode).param("passed", wrong.isEmpty())
                .param("wrong", String.join(",", wrong.stream().map(String::valueOf).toList()))
                .param("at", utc(at)).update();
    }

    public int attempts(long participantId, String moduleCode) {
        return jdbc.sql("select count(*) from training_attempt where participant_id = :id and module_code = :code")
                .param("id", participantId).param("code", moduleCode).query(Integer.class).single();
    }

    /** Records a pass unless one is recorded already; the caller holds the participant's lock. */
    void pass(long participantId, String moduleCode, Instant at) {
        jdbc.sql("insert into training_module_passed (participant_id, module_code, passed_at) select :id, :code, :at "
                        + "where not exists (select 1 from training_module_passed where participant_id = :id "
                        + "and module_code = :code)")
                .param("id", participantId).param("code", moduleCode).param("at", utc(at)).update();
    }

    public Optional<Instant> passedAt(long participantId, String moduleCode) {
        return jdbc.sql("select passed_at from training_module_passed where participant_id = :id and module_code = :code")
                .param("id", participantId).param("code", moduleCode)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /**
     * Records that the participant finished, unless recorded before; the caller holds the participant's lock.
     *
     * @return whether this call recorded it
     */
    boolean complete(Trainee trainee, Instant at) {
        return jdbc.sql("insert into training_completed (participant_id, program_id, completed_at) "
                        + "select :id, :program, :at where not exists "
                        + "(select 1 from training_completed where participant_id = :id)")
                .param("id", trainee.participantId()).param("program", trainee.programId()).param("at", utc(at))
                .update() == 1;
    }

    private static Trainee trainee(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Trainee(rs.getLong("id"), rs.getLong("program_id"), Side.valueOf(rs.getString("side")),
                ParticipantState.valueOf(rs.getString("state")), decided == null ? null : decided.toInstant());
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
