package org.flipside.program.definition;

import java.time.Instant;
import java.util.List;
import org.flipside.program.ProgramState;
import org.flipside.program.StateChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The lifecycle history of programs. Rows are only ever appended, never changed. */
@Component
class ProgramHistory {

    private final JdbcClient jdbc;

    ProgramHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(long programId, ProgramState from, ProgramState to, Instant at, String by) {
        jdbc.sql("""
                        insert into program_state_change (program_id, from_state, to_state, changed_at, changed_by)
                        values (:programId, :from, :to, :at, :by)
                        """)
                .param("programId", programId)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("at", ProgramStore.utc(at))
                .param("by", by)
                .update();
    }

    /** Oldest first. */
    List<StateChange> of(long programId) {
        return jdbc.sql("""
                        select from_state, to_state, changed_at, changed_by from program_state_change
                        where program_id = :programId order by changed_at, id
                        """)
                .param("programId", programId)
                .query((rs, row) -> {
                    String from = rs.getString("from_state");
                    return new StateChange(from == null ? null : ProgramState.valueOf(from),
                            ProgramState.valueOf(rs.getString("to_state")), ProgramStore.instant(rs, "changed_at"),
                            rs.getString("changed_by"));
                })
                .list();
    }
}
