package org.flipside.program.enrollment;

import java.util.List;
import org.flipside.program.ParticipantState;
import org.flipside.program.ProgramRosters;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ProgramRosters} on the {@code participant} table. */
@Service
@Transactional(readOnly = true)
class JdbcProgramRosters implements ProgramRosters {

    private final JdbcClient jdbc;

    JdbcProgramRosters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RosterEntry> of(long programId) {
        return jdbc.sql("""
                        select id, side, employee_number, state from participant
                        where program_id = :program order by id""")
                .param("program", programId)
                .query((rs, n) -> new RosterEntry(rs.getLong(1), Side.valueOf(rs.getString(2)), rs.getString(3),
                        ParticipantState.valueOf(rs.getString(4))))
                .list();
    }
}
