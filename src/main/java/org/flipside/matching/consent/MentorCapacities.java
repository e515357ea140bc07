package org.flipside.matching.consent;

import org.flipside.program.ProgramView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many mentees a mentor takes: their own capacity when a manager set one, else the program's. */
@Component
public class MentorCapacities {

    private final JdbcClient jdbc;

    MentorCapacities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int of(ProgramView program, long mentorParticipantId) {
        return jdbc.sql("select capacity from mentor_capacity where participant_id = :mentor")
                .param("mentor", mentorParticipantId).query(Integer.class).optional()
                .orElse(program.mentorCapacity());
    }
}
