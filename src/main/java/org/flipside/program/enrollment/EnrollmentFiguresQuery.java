package org.flipside.program.enrollment;

import org.flipside.program.EnrollmentFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link EnrollmentFigures} in one grouped pass over the program's participants (ix_participant_program_state). */
@Component
class EnrollmentFiguresQuery implements EnrollmentFigures {

    private final JdbcClient jdbc;

    EnrollmentFiguresQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public EnrollmentCounts of(long programId) {
        return jdbc.sql("select count(*) as invited, "
                        + "coalesce(sum(case when applied_at is not null or state = 'APPROVED' then 1 else 0 end), 0) "
                        + "as applied, coalesce(sum(case when state = 'APPROVED' then 1 else 0 end), 0) as approved "
                        + "from participant where program_id = :program")
                .param("program", programId)
                .query((rs, n) -> new EnrollmentCounts(rs.getLong("invited"), rs.getLong("applied"),
                        rs.getLong("approved"))).single();
    }
}
