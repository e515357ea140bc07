package org.flipside.matching.rule;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Locks and bans; a pair has at most one, so locking a banned pair replaces the ban. */
@Repository
public class RuleStore {

    private static final String COLUMNS = "program_id, mentee_participant_id, mentor_participant_id, kind, "
            + "created_at, created_by";

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MatchingRule> ofProgram(long programId) {
        return jdbc.sql("select " + COLUMNS + " from matching_rule where program_id = :program "
                        + "order by created_at, mentee_participant_id, mentor_participant_id")
                .param("program", programId).query((rs, n) -> new MatchingRule(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), RuleKind.valueOf(rs.getString(4)),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)))
                .list();
    }

    public Optional<MatchingRule> find(long programId, long mentee, long mentor) {
        return ofProgram(programId).stream()
                .filter(r -> r.menteeParticipantId() == mentee && r.mentorParticipantId() == mentor).findFirst();
    }

    public void put(MatchingRule rule) {
        delete(rule.programId(), rule.menteeParticipantId(), rule.mentorParticipantId());
        jdbc.sql("insert into matching_rule (" + COLUMNS + ") values (:program, :mentee, :mentor, :kind, :at, :by)")
                .param("program", rule.programId()).param("mentee", rule.menteeParticipantId())
                .param("mentor", rule.mentorParticipantId()).param("kind", rule.kind().name())
                .param("at", rule.createdAt().atOffset(ZoneOffset.UTC)).param("by", rule.createdBy()).update();
    }

    /** @return whether there was a rule */
    public boolean delete(long programId, long mentee, long mentor) {
        return jdbc.sql("delete from matching_rule where program_id = :program and mentee_participant_id = :mentee "
                        + "and mentor_participant_id = :mentor")
                .param("program", programId).param("mentee", mentee).param("mentor", mentor).update() > 0;
    }
}
