package org.flipside.program.definition;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The managers of each program: the people who may see and act on its participants. */
@Component
class ProgramManagers {

    private final JdbcClient jdbc;

    ProgramManagers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long programId, String username) {
        jdbc.sql("insert into program_manager (program_id, username) values (:program, :username)")
                .param("program", programId).param("username", username).update();
    }

    boolean manages(long programId, String username) {
        return jdbc.sql("select count(*) from program_manager where program_id = :program and username = :username")
                .param("program", programId).param("username", username).query(Long.class).single() > 0;
    }

    List<String> of(long programId) {
        return jdbc.sql("select username from program_manager where program_id = :program order by username")
                .param("program", programId).query(String.class).list();
    }
}
