package org.flipside.matching.selfmatch;

import java.util.HashMap;
import java.util.Map;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A program's approved participants as self-match needs them: a mentee browsing mentors is no manager, so this
 * reads without enrolment's manager-only list and returns nothing but ids, sides and employee numbers.
 */
@Component
class SelfMatchRoster {

    private final JdbcClient jdbc;

    SelfMatchRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The approved participants on this side, by participant id, with their employee numbers. */
    Map<Long, String> approved(long programId, Side side) {
        Map<Long, String> approved = new HashMap<>();
        jdbc.sql("select id, employee_number from participant where program_id = :program and state = 'APPROVED' "
                        + "and side = :side")
                .param("program", programId).param("side", side.name())
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("employee_number"))).list()
                .forEach(e -> approved.put(e.getKey(), e.getValue()));
        return approved;
    }
}
