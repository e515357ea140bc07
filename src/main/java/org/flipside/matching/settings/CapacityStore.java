package org.flipside.matching.settings;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mentors whose capacity differs from their program's. */
@Repository
public class CapacityStore {

    private final JdbcClient jdbc;

    CapacityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Overrides of the program's mentors, by participant id. */
    public Map<Long, Integer> ofProgram(long programId) {
        Map<Long, Integer> overrides = new HashMap<>();
        jdbc.sql("select c.participant_id, c.capacity from mentor_capacity c join participant p "
                        + "on p.id = c.participant_id where p.program_id = :program")
                .param("program", programId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .forEach(e -> overrides.put(e.getKey(), e.getValue()));
        return overrides;
    }

    public void set(long participantId, int capacity) {
        if (jdbc.sql("update mentor_capacity set capacity = :capacity where participant_id = :id")
                .param("capacity", capacity).param("id", participantId).update() == 0) {
            jdbc.sql("insert into mentor_capacity (participant_id, capacity) values (:id, :capacity)")
                    .param("capacity", capacity).param("id", participantId).update();
        }
    }

    /** @return whether there was an override */
    public boolean clear(long participantId) {
        return jdbc.sql("delete from mentor_capacity where participant_id = :id").param("id", participantId)
                .update() > 0;
    }
}
