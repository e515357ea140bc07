package org.flipside.feedback.safety;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code safety_setting} table; a program without a row runs on the defaults. */
@Component
class SafetySettingsStore {

    private final JdbcClient jdbc;

    SafetySettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SafetySettings of(long programId) {
        return find(programId).orElse(SafetySettings.defaults(programId));
    }

    /** The settings of these programs, defaults filled in. */
    Map<Long, SafetySettings> of(Collection<Long> programIds) {
        Map<Long, SafetySettings> found = new HashMap<>();
        List<Long> ids = List.copyOf(programIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select program_id, period_weeks, threshold, version from safety_setting "
                            + "where program_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, n) -> new SafetySettings(rs.getLong("program_id"), rs.getInt("period_weeks"),
                            rs.getBigDecimal("threshold"), rs.getLong("version")))
                    .list().forEach(s -> found.put(s.programId(), s));
        }
        ids.forEach(id -> found.putIfAbsent(id, SafetySettings.defaults(id)));
        return found;
    }

    Optional<SafetySettings> find(long programId) {
        return jdbc.sql("select program_id, period_weeks, threshold, version from safety_setting "
                        + "where program_id = :program").param("program", programId)
                .query((rs, n) -> new SafetySettings(rs.getLong("program_id"), rs.getInt("period_weeks"),
                        rs.getBigDecimal("threshold"), rs.getLong("version")))
                .optional();
    }

    /** The first change from the defaults; the primary key refuses a second writer who read version 0 too. */
    void insert(long programId, int periodWeeks, java.math.BigDecimal threshold) {
        jdbc.sql("insert into safety_setting (program_id, period_weeks, threshold, version) "
                        + "values (:program, :weeks, :threshold, 1)")
                .param("program", programId).param("weeks", periodWeeks).param("threshold", threshold).update();
    }

    /** False when the settings changed since {@code version}. */
    boolean update(long programId, int periodWeeks, java.math.BigDecimal threshold, long version) {
        return jdbc.sql("update safety_setting set period_weeks = :weeks, threshold = :threshold, "
                        + "version = version + 1 where program_id = :program and version = :version")
                .param("program", programId).param("weeks", periodWeeks).param("threshold", threshold)
                .param("version", version).update() == 1;
    }
}
