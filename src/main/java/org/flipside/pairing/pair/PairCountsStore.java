package org.flipside.pairing.pair;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.pairing.PairCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link PairCounts} as two grouped queries on the pair and session tables, however many programs. */
@Component
@Transactional(readOnly = true)
class PairCountsStore implements PairCounts {

    private final JdbcClient jdbc;

    PairCountsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Counts> of(Collection<Long> programIds) {
        Map<Long, Counts> counts = new HashMap<>();
        if (programIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select p.program_id, count(distinct p.id) as pairs, count(s.id) as held
                        from mentoring_pair p left join pair_session s on s.pair_id = p.id and s.status = 'HELD'
                        where p.program_id in (:ids) group by p.program_id""")
                .param("ids", programIds)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list().forEach(c -> counts.put(c.programId(), c));
        return counts;
    }

    @Override
    public List<Couple> couples(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.id, p.program_id, e.employee_number, r.employee_number
                        from mentoring_pair p
                        join participant e on e.id = p.mentee_participant_id
                        join participant r on r.id = p.mentor_participant_id
                        where p.program_id in (:ids) order by p.id""")
                .param("ids", programIds)
                .query((rs, n) -> new Couple(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
