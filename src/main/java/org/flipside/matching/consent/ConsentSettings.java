package org.flipside.matching.consent;

import java.util.Optional;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.program.ProgramView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two settings consent needs: how many days people have to answer, and whether mentees choose their mentor
 * themselves. A program whose manager never saved settings uses its template's defaults.
 */
@Component
public class ConsentSettings {

    private final JdbcClient jdbc;

    ConsentSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public int responseDays(ProgramView program) {
        return stored(program.id(), "response_days", Integer.class)
                .orElseGet(() -> MatchingSettings.defaults(program.templateCode()).responseDays());
    }

    public boolean selfMatch(ProgramView program) {
        return stored(program.id(), "self_match", Boolean.class)
                .orElseGet(() -> MatchingSettings.defaults(program.templateCode()).selfMatch());
    }

    private <T> Optional<T> stored(long programId, String column, Class<T> type) {
        return jdbc.sql("select " + column + " from matching_setting where program_id = :program")
                .param("program", programId).query(type).optional();
    }
}
