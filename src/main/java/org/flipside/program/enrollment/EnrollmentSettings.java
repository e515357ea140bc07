package org.flipside.program.enrollment;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Per-program enrolment settings; a program without a row does not take self-enrolment. */
@Component
class EnrollmentSettings {

    private final JdbcClient jdbc;

    EnrollmentSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean selfEnrollment(long programId) {
        return jdbc.sql("select self_enrollment from enrollment_setting where program_id = :program")
                .param("program", programId).query(Boolean.class).optional().orElse(false);
    }

    void setSelfEnrollment(long programId, boolean open) {
        int changed = jdbc.sql("update enrollment_setting set self_enrollment = :open, version = version + 1 "
                        + "where program_id = :program")
                .param("open", open).param("program", programId).update();
        if (changed == 0) {
            jdbc.sql("insert into enrollment_setting (program_id, self_enrollment, version) values (:program, :open, 0)")
                    .param("program", programId).param("open", open).update();
        }
    }

    List<Long> openPrograms() {
        return jdbc.sql("select program_id from enrollment_setting where self_enrollment = true order by program_id desc")
                .query(Long.class).list();
    }
}
