package org.flipside.matching.consent;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flipside.matching.run.RunState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What publishing reads and writes of a matching run: its row (locked), its proposals and its publication mark. */
@Component
class RunRecords {

    private final JdbcClient jdbc;

    RunRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The run of this program, locked until the transaction ends, so two managers publishing the same run queue and
     * the second sees it published.
     */
    Optional<Run> lock(long programId, long runId) {
        return jdbc.sql("select id, state, published_at from matching_run where id = :run and program_id = :program "
                        + "for update")
                .param("run", runId).param("program", programId)
                .query((rs, row) -> new Run(rs.getLong("id"), RunState.valueOf(rs.getString("state")) == RunState.DONE,
                        rs.getObject("published_at", OffsetDateTime.class) != null))
                .optional();
    }

    List<Proposal> proposals(long runId) {
        return jdbc.sql("select mentee_participant_id, mentor_participant_id, score, explanation from matching_proposal "
                        + "where run_id = :run order by mentee_participant_id")
                .param("run", runId)
                .query((rs, row) -> new Proposal(rs.getLong("mentee_participant_id"),
                        rs.getLong("mentor_participant_id"), rs.getInt("score"), rs.getString("explanation")))
                .list();
    }

    void markPublished(long runId, Instant at, String by) {
        jdbc.sql("update matching_run set published_at = :at, published_by = :by, version = version + 1 where id = :run")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).param("run", runId).update();
    }

    /** {@code done}: the run finished with proposals (not queued, running or failed). */
    record Run(long id, boolean done, boolean published) {
    }

    record Proposal(long menteeParticipantId, long mentorParticipantId, int score, String explanation) {
    }
}
