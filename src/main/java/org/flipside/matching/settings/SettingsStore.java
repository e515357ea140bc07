package org.flipside.matching.settings;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.matching.optimiser.Priority;
import org.flipside.program.WorkStyleDimension;
import org.flipside.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A program's saved matching settings; the structured parts are JSON in their columns. */
@Repository
public class SettingsStore {

    static final String KIND = "Matching settings";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SettingsStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<MatchingSettings> find(long programId) {
        return jdbc.sql("select * from matching_setting where program_id = :program").param("program", programId)
                .query((rs, n) -> new MatchingSettings(
                        criteria(rs.getString("criteria")), styles(rs.getString("work_style")),
                        rs.getInt("chain_levels"), rs.getInt("minimum_grade_gap"), rs.getBoolean("avoid_earlier_pairs"),
                        Priority.valueOf(rs.getString("priority")), rs.getBoolean("self_match"),
                        rs.getInt("response_days"), links(rs.getString("question_links")), rs.getLong("version")))
                .optional();
    }

    /**
     * Inserts the first settings (expected version 0) or updates the stored ones if still at the expected version.
     *
     * @return the settings as stored, with their new version
     * @throws StaleEditException when someone else saved in between
     */
    public MatchingSettings save(long programId, MatchingSettings settings, long expectedVersion, Instant at,
                                 String by) {
        long version = expectedVersion + 1;
        int changed;
        if (expectedVersion == 0 && find(programId).isEmpty()) {
            changed = bind(jdbc.sql("insert into matching_setting (program_id, criteria, work_style, chain_levels, "
                    + "minimum_grade_gap, avoid_earlier_pairs, priority, self_match, response_days, question_links, "
                    + "updated_at, updated_by, version) values (:program, :criteria, :style, :chain, :gap, :avoid, "
                    + ":priority, :self, :days, :links, :at, :by, :version)"), programId, settings, at, by, version)
                    .update();
        } else {
            changed = bind(jdbc.sql("update matching_setting set criteria = :criteria, work_style = :style, "
                    + "chain_levels = :chain, minimum_grade_gap = :gap, avoid_earlier_pairs = :avoid, "
                    + "priority = :priority, self_match = :self, response_days = :days, question_links = :links, "
                    + "updated_at = :at, updated_by = :by, version = :version "
                    + "where program_id = :program and version = :expected"), programId, settings, at, by, version)
                    .param("expected", expectedVersion).update();
        }
        if (changed == 0) {
            throw new StaleEditException(KIND, programId);
        }
        return find(programId).orElseThrow();
    }

    /** The settings as JSON, for a run's record of what it used. */
    public String toJson(MatchingSettings settings) {
        return json.writeValueAsString(settings);
    }

    public MatchingSettings fromJson(String text) {
        return json.readValue(text, MatchingSettings.class);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, long programId, MatchingSettings s,
                                          Instant at, String by, long version) {
        return sql.param("program", programId).param("criteria", json.writeValueAsString(s.criteria()))
                .param("style", json.writeValueAsString(s.workStyle())).param("chain", s.chainLevels())
                .param("gap", s.minimumGradeGap()).param("avoid", s.avoidEarlierPairs())
                .param("priority", s.priority().name()).param("self", s.selfMatch())
                .param("days", s.responseDays()).param("links", json.writeValueAsString(s.questionLinks()))
                .param("at", at.atOffset(java.time.ZoneOffset.UTC)).param("by", by).param("version", version);
    }

    private Map<Criterion, CriterionSetting> criteria(String text) {
        return new EnumMap<>(json.readValue(text, new TypeReference<Map<Criterion, CriterionSetting>>() { }));
    }

    private Map<WorkStyleDimension, StylePreference> styles(String text) {
        Map<WorkStyleDimension, StylePreference> read =
                json.readValue(text, new TypeReference<Map<WorkStyleDimension, StylePreference>>() { });
        return read.isEmpty() ? Map.of() : new EnumMap<>(read);
    }

    private List<QuestionLink> links(String text) {
        return json.readValue(text, new TypeReference<List<QuestionLink>>() { });
    }
}
