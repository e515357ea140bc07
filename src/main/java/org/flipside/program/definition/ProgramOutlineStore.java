package org.flipside.program.definition;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.program.Cadence;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramOutlines;
import org.flipside.program.ProgramState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ProgramOutlines} in one query on the program table (and one on its managers). */
@Component
class ProgramOutlineStore implements ProgramOutlines {

    private final JdbcClient jdbc;

    ProgramOutlineStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, ProgramOutline> of(Collection<Long> programIds) {
        List<Long> ids = programIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, name, cadence, state, start_date, end_date from program where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new ProgramOutline(rs.getLong("id"), rs.getString("name"),
                        Cadence.valueOf(rs.getString("cadence")), ProgramState.valueOf(rs.getString("state")),
                        rs.getObject("start_date", java.time.LocalDate.class),
                        rs.getObject("end_date", java.time.LocalDate.class)))
                .list().stream().collect(Collectors.toMap(ProgramOutline::id, o -> o));
    }

    @Override
    public Map<Long, List<String>> managers(Collection<Long> programIds) {
        List<Long> ids = programIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select program_id, username from program_manager where program_id in (:ids) "
                        + "order by program_id, username")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("program_id"), rs.getString("username")))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
