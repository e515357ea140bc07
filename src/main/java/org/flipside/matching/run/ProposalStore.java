package org.flipside.matching.run;

import java.util.Collection;
import java.util.List;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A run's proposals and the people it left unmatched. */
@Repository
public class ProposalStore {

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addAll(Collection<Proposal> proposals) {
        for (Proposal p : proposals) {
            jdbc.sql("insert into matching_proposal (run_id, mentee_participant_id, mentor_participant_id, score, "
                            + "locked, explanation) values (:run, :mentee, :mentor, :score, :locked, :explanation)")
                    .param("run", p.runId()).param("mentee", p.menteeParticipantId())
                    .param("mentor", p.mentorParticipantId()).param("score", p.score()).param("locked", p.locked())
                    .param("explanation", p.explanation()).update();
        }
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
        for (Unmatched u : people) {
            jdbc.sql("insert into matching_unmatched (run_id, participant_id, side, reason, detail) "
                            + "values (:run, :participant, :side, :reason, :detail)")
                    .param("run", u.runId()).param("participant", u.participantId()).param("side", u.side().name())
                    .param("reason", u.reason()).param("detail", RunStore.limit(u.detail(), 2000)).update();
        }
    }

    public List<Unmatched> unmatched(long runId) {
        return jdbc.sql("select run_id, participant_id, side, reason, detail from matching_unmatched "
                        + "where run_id = :run order by side, participant_id")
                .param("run", runId).query((rs, n) -> new Unmatched(rs.getLong(1), rs.getLong(2),
                        Side.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }
}
