package org.flipside.matching.run;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What open and earlier matches mean for a run: who already holds a seat in this program, and which two people of
 * this program were paired before, in another program.
 */
@Repository
public class SeatsAndHistory {

    private final JdbcClient jdbc;

    SeatsAndHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The program's mentees who hold a seat of an open or confirmed match. */
    public Set<Long> seatedMentees(long programId) {
        return new HashSet<>(jdbc.sql("select s.mentee_participant_id from mentee_seat s join participant p "
                        + "on p.id = s.mentee_participant_id where p.program_id = :program")
                .param("program", programId).query(Long.class).list());
    }

    /** How many seats open or confirmed matches hold, by mentor participant id. */
    public Map<Long, Integer> takenSeats(long programId) {
        Map<Long, Integer> taken = new HashMap<>();
        jdbc.sql("select s.mentor_participant_id, count(*) from mentor_seat s join participant p "
                        + "on p.id = s.mentor_participant_id where p.program_id = :program "
                        + "group by s.mentor_participant_id")
                .param("program", programId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .forEach(e -> taken.put(e.getKey(), e.getValue()));
        return taken;
    }

    /**
     * Pairs of employee numbers, mentee's first, of people of this program who had a confirmed match with each other
     * in another program.
     */
    public List<String[]> earlierPairs(long programId) {
        return jdbc.sql("select pe.employee_number, pr.employee_number from mentor_match m "
                        + "join participant pe on pe.id = m.mentee_participant_id "
                        + "join participant pr on pr.id = m.mentor_participant_id "
                        + "where m.state = 'CONFIRMED' and m.program_id <> :program "
                        + "and pe.employee_number in (select employee_number from participant where program_id = :program) "
                        + "and pr.employee_number in (select employee_number from participant where program_id = :program)")
                .param("program", programId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }
}
