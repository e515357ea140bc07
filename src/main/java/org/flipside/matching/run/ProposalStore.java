package org.flipside.matching.run;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.program.Side;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A run's proposals and the people it left unmatched. */
@Repository
public class ProposalStore {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ProposalStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** In batches, since a large cohort has thousands of proposals. */
    public void addAll(Collection<Proposal> proposals) {
        batch.batchUpdate("insert into matching_proposal (run_id, mentee_participant_id, mentor_participant_id, "
                        + "score, locked, explanation) values (?, ?, ?, ?, ?, ?)", proposals, BATCH,
                (statement, p) -> {
                    statement.setLong(1, p.runId());
                    statement.setLong(2, p.menteeParticipantId());
                    statement.setLong(3, p.mentorParticipantId());
                    statement.setInt(4, p.score());
                    statement.setBoolean(5, p.locked());
                    statement.setString(6, p.explanation());
                });
    }

    public List<Proposal> ofRun(long runId) {
        return jdbc.sql("select run_id, mentee_participant_id, mentor_participant_id, score, locked, explanation "
                        + "from matching_proposal where run_id = :run order by mentee_participant_id")
                .param("run", runId).query((rs, n) -> new Proposal(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getInt(4), rs.getBoolean(5), rs.getString(6)))
                .list();
    }

    /** Replaces the mentor of a proposal, with the pair's new score and explanation. */
    public void reassign(long runId, long mentee, long mentor, int score, String explanation) {
        jdbc.sql("update matching_proposal set mentor_participant_id = :mentor, score = :score, locked = false, "
                        + "explanation = :explanation where run_id = :run and mentee_participant_id = :mentee")
                .param("run", runId).param("mentee", mentee).param("mentor", mentor).param("score", score)
                .param("explanation", explanation).update();
    }

    public void addUnmatched(Collection<Unmatched> people) {
        batch.batchUpdate("insert into matching_unmatched (run_id, participant_id, side, reason, detail) "
                + "values (?, ?, ?, ?, ?)", people, BATCH, (statement, u) -> {
                    statement.setLong(1, u.runId());
                    statement.setLong(2, u.participantId());
                    statement.setString(3, u.side().name());
                    statement.setString(4, u.reason());
                    statement.setString(5, RunStore.limit(u.detail(), 2000));
                });
    }

    public List<Unmatched> unmatched(long runId) {
        return jdbc.sql("select run_id, participant_id, side, reason, detail from matching_unmatched "
                        + "where run_id = :run order by side, participant_id")
                .param("run", runId).query((rs, n) -> new Unmatched(rs.getLong(1), rs.getLong(2),
                        Side.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The employee numbers of everyone a run proposed or left unmatched, by participant id. */
    public Map<Long, String> employeeNumbers(long runId) {
        Map<Long, String> numbers = new HashMap<>();
        jdbc.sql("select p.id, p.employee_number from participant p where p.id in ("
                        + "select mentee_participant_id from matching_proposal where run_id = :run "
                        + "union select mentor_participant_id from matching_proposal where run_id = :run "
                        + "union select participant_id from matching_unmatched where run_id = :run)")
                .param("run", runId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> numbers.put(e.getKey(), e.getValue()));
        return numbers;
    }
}
