package org.flipside.analytics.comparison;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code comparison_group} and {@code comparison_member} tables. */
@Repository
class ComparisonStore {

    private final JdbcClient jdbc;

    ComparisonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long programId) {
        return jdbc.sql("select count(*) from comparison_group where program_id = :program")
                .param("program", programId).query(Long.class).single() > 0;
    }

    /** Stores the group; the primary key on the program refuses a second one (a concurrent delivery). */
    void add(long programId, LocalDate start, long seed, Instant now, ComparisonChoice.Result result) {
        jdbc.sql("""
                        insert into comparison_group (program_id, start_date, seed, chosen_at, unmatched_mentors,
                            unmatched_mentees)
                        values (:program, :start, :seed, :now, :mentors, :mentees)""")
                .param("program", programId)
                .param("start", Date.valueOf(start))
                .param("seed", seed)
                .param("now", Timestamp.from(now))
                .param("mentors", result.unmatched().get(Side.MENTOR))
                .param("mentees", result.unmatched().get(Side.MENTEE))
                .update();
        for (ComparisonChoice.Member m : result.members()) {
            jdbc.sql("""
                            insert into comparison_member (program_id, side, participant_id, participant_number,
                                comparison_number)
                            values (:program, :side, :participant, :number, :comparison)""")
                    .param("program", programId)
                    .param("side", m.side().name())
                    .param("participant", m.participantId())
                    .param("number", m.participantNumber())
                    .param("comparison", m.comparisonNumber())
                    .update();
        }
    }

    /**
     * The group, read before its members: both are stored in one transaction, so once the group is visible its
     * members are too (read the other way round, a choice committing in between would look like a group of nobody).
     */
    Optional<ComparisonGroup> find(long programId) {
        record Head(LocalDate start, long seed, Instant chosenAt, int unmatchedMentors, int unmatchedMentees) {
        }
        Optional<Head> head = jdbc.sql("""
                        select start_date, seed, chosen_at, unmatched_mentors, unmatched_mentees from comparison_group
                        where program_id = :program""")
                .param("program", programId)
                .query((rs, n) -> new Head(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getInt(4), rs.getInt(5)))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<ComparisonGroup.Pairing> members = jdbc.sql("""
                        select participant_id, side, participant_number, comparison_number from comparison_member
                        where program_id = :program order by participant_id""")
                .param("program", programId)
                .query((rs, n) -> new ComparisonGroup.Pairing(rs.getLong(1), Side.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)))
                .list();
        Head h = head.get();
        return Optional.of(new ComparisonGroup(programId, h.start(), h.seed(), h.chosenAt(), h.unmatchedMentors(),
                h.unmatchedMentees(), members));
    }
}
