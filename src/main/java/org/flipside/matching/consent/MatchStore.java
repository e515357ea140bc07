package org.flipside.matching.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.flipside.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Reads and writes matches; a change only succeeds on the version it was loaded with. */
@Component
public class MatchStore {

    public static final String KIND = "Match";
    private static final String COLUMNS = "id, program_id, run_id, mentee_participant_id, mentor_participant_id, "
            + "origin, state, score, explanation, mentee_answer, mentee_answered_at, mentor_answer, "
            + "mentor_answered_at, decline_reason, respond_by, created_at, created_by, closed_at, version";

    private final JdbcClient jdbc;

    MatchStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new match (its id and version are ignored) and returns it with its id. */
    public MentorMatch insert(MentorMatch m) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into mentor_match (program_id, run_id, mentee_participant_id, mentor_participant_id, origin, "
                        + "state, score, explanation, mentee_answer, mentee_answered_at, respond_by, created_at, "
                        + "created_by, version) values (:program, :run, :mentee, :mentor, :origin, :state, :score, "
                        + ":explanation, :menteeAnswer, :menteeAt, :respondBy, :created, :createdBy, 0)")
                .param("program", m.programId()).param("run", m.runId())
                .param("mentee", m.menteeParticipantId()).param("mentor", m.mentorParticipantId())
                .param("origin", m.origin().name()).param("state", m.state().name()).param("score", m.score())
                .param("explanation", m.explanation())
                .param("menteeAnswer", m.menteeAnswer() == null ? null : m.menteeAnswer().name())
                .param("menteeAt", utc(m.menteeAnsweredAt())).param("respondBy", utc(m.respondBy()))
                .param("created", utc(m.createdAt())).param("createdBy", m.createdBy())
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    /** Writes state, answers, reason and closing time; refused when someone changed the match meanwhile. */
    public MentorMatch update(MentorMatch m) {
        int changed = jdbc.sql("update mentor_match set state = :state, mentee_answer = :menteeAnswer, "
                        + "mentee_answered_at = :menteeAt, mentor_answer = :mentorAnswer, mentor_answered_at = :mentorAt, "
                        + "decline_reason = :reason, closed_at = :closed, version = version + 1 "
                        + "where id = :id and version = :version")
                .param("state", m.state().name())
                .param("menteeAnswer", m.menteeAnswer() == null ? null : m.menteeAnswer().name())
                .param("menteeAt", utc(m.menteeAnsweredAt()))
                .param("mentorAnswer", m.mentorAnswer() == null ? null : m.mentorAnswer().name())
                .param("mentorAt", utc(m.mentorAnsweredAt())).param("reason", m.declineReason())
                .param("closed", utc(m.closedAt())).param("id", m.id()).param("version", m.version())
                .update();
        if (changed != 1) {
            throw new StaleEditException(KIND, m.id());
        }
        return find(m.id()).orElseThrow();
    }

    public Optional<MentorMatch> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from mentor_match where id = :id").param("id", id)
                .query(MatchStore::row).optional();
    }

    /** The program's matches, newest first. */
    /** One page (from 0) of the program's matches, newest first. */
    public List<MentorMatch> ofProgram(long programId, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from mentor_match where program_id = :program order by id desc "
                        + "limit :size offset :offset")
                .param("program", programId).param("size", size).param("offset", (long) page * size)
                .query(MatchStore::row).list();
    }

    public long countOfProgram(long programId) {
        return jdbc.sql("select count(*) from mentor_match where program_id = :program").param("program", programId)
                .query(Long.class).single();
    }

    /** The matches these participants are in, on either side, newest first. */
    public List<MentorMatch> ofParticipants(Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from mentor_match where mentee_participant_id in (:ids) "
                        + "or mentor_participant_id in (:ids) order by id desc")
                .param("ids", participantIds).query(MatchStore::row).list();
    }

    /** Ids of open matches whose deadline passed. */
    public List<MentorMatch> overdue(Instant now) {
        return jdbc.sql("select " + COLUMNS + " from mentor_match where state in ('PROPOSED', 'REQUESTED') "
                        + "and respond_by < :now order by id")
                .param("now", utc(now)).query(MatchStore::row).list();
    }

    /**
     * Closes one overdue match with a single conditional update, so that when several instances run the expiry only
     * one of them changes it; true when this call did.
     */
    public boolean expire(long id, Instant now) {
        return jdbc.sql("update mentor_match set state = 'EXPIRED', closed_at = :now, version = version + 1 "
                        + "where id = :id and state in ('PROPOSED', 'REQUESTED') and respond_by < :now")
                .param("now", utc(now)).param("id", id).update() == 1;
    }

    private static MentorMatch row(ResultSet rs, int row) throws SQLException {
        long runId = rs.getLong("run_id");
        Long run = rs.wasNull() ? null : runId;
        return new MentorMatch(rs.getLong("id"), rs.getLong("program_id"), run, rs.getLong("mentee_participant_id"),
                rs.getLong("mentor_participant_id"), MatchOrigin.valueOf(rs.getString("origin")),
                MatchState.valueOf(rs.getString("state")), rs.getInt("score"), rs.getString("explanation"),
                answer(rs.getString("mentee_answer")), instant(rs, "mentee_answered_at"),
                answer(rs.getString("mentor_answer")), instant(rs, "mentor_answered_at"),
                rs.getString("decline_reason"), instant(rs, "respond_by"), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "closed_at"), rs.getLong("version"));
    }

    private static Answer answer(String value) {
        return value == null ? null : Answer.valueOf(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
