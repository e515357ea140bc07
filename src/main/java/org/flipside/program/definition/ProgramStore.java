package org.flipside.program.definition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.program.Cadence;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramState;
import org.flipside.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Saves and loads programs with their objectives and focus topics. Plain SQL with unquoted names, so the same
 * statements run on H2 and PostgreSQL. An update only applies to the version it was loaded at; otherwise someone
 * else saved in between and the update is refused.
 */
@Component
class ProgramStore {

    private final JdbcClient jdbc;

    ProgramStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Program> find(long id) {
        return jdbc.sql("""
                        select id, name, purpose, start_date, end_date, cadence, mentor_capacity, state, template_code,
                               copied_from_id, created_at, created_by, updated_at, updated_by, version
                        from program where id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> restore(rs, objectives(id), topics(id)))
                .optional();
    }

    void insert(Program program) {
        KeyHolder keys = new GeneratedKeyHolder();
        ProgramDraft content = program.content();
        jdbc.sql("""
                        insert into program (name, purpose, start_date, end_date, cadence, mentor_capacity, state,
                                             template_code, copied_from_id, created_at, created_by, updated_at,
                                             updated_by, version)
                        values (:name, :purpose, :startDate, :endDate, :cadence, :capacity, :state, :templateCode,
                                :copiedFromId, :createdAt, :createdBy, :updatedAt, :updatedBy, 0)
                        """)
                .params(fields(program))
                .param("templateCode", content.templateCode())
                .param("copiedFromId", program.copiedFromId())
                .param("createdAt", utc(program.createdAt()))
                .param("createdBy", program.createdBy())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        program.saved(id, 0);
        writeChildren(id, content);
    }

    void update(Program program) {
        int updated = jdbc.sql("""
                        update program set name = :name, purpose = :purpose, start_date = :startDate,
                               end_date = :endDate, cadence = :cadence, mentor_capacity = :capacity, state = :state,
                               updated_at = :updatedAt, updated_by = :updatedBy, version = version + 1
                        where id = :id and version = :version
                        """)
                .params(fields(program))
                .param("id", program.id())
                .param("version", program.version())
                .update();
        if (updated == 0) {
            throw new StaleEditException(ProgramService.KIND, program.id());
        }
        program.saved(program.id(), program.version() + 1);
        jdbc.sql("delete from program_objective where program_id = :id").param("id", program.id()).update();
        jdbc.sql("delete from program_focus_topic where program_id = :id").param("id", program.id()).update();
        writeChildren(program.id(), program.content());
    }

    private static Map<String, Object> fields(Program program) {
        ProgramDraft content = program.content();
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", content.name());
        fields.put("purpose", content.purpose());
        fields.put("startDate", content.startDate());
        fields.put("endDate", content.endDate());
        fields.put("cadence", content.cadence().name());
        fields.put("capacity", content.mentorCapacity());
        fields.put("state", program.state().name());
        fields.put("updatedAt", utc(program.updatedAt()));
        fields.put("updatedBy", program.updatedBy());
        return fields;
    }

    private void writeChildren(long id, ProgramDraft content) {
        List<ObjectiveChoice> objectives = content.objectives();
        for (int position = 0; position < objectives.size(); position++) {
            ObjectiveChoice choice = objectives.get(position);
            jdbc.sql("""
                            insert into program_objective (program_id, position, catalogue_code, custom_text)
                            values (:id, :position, :code, :text)
                            """)
                    .param("id", id).param("position", position)
                    .param("code", choice.catalogue() == null ? null : choice.catalogue().name())
                    .param("text", choice.custom())
                    .update();
        }
        List<String> topics = content.focusTopics();
        for (int position = 0; position < topics.size(); position++) {
            jdbc.sql("insert into program_focus_topic (program_id, position, topic) values (:id, :position, :topic)")
                    .param("id", id).param("position", position).param("topic", topics.get(position))
                    .update();
        }
    }

    private List<ObjectiveChoice> objectives(long id) {
        return jdbc.sql("select catalogue_code, custom_text from program_objective where program_id = :id order by position")
                .param("id", id)
                .query((rs, row) -> {
                    String code = rs.getString("catalogue_code");
                    return new ObjectiveChoice(code == null ? null : Objective.valueOf(code), rs.getString("custom_text"));
                })
                .list();
    }

    private List<String> topics(long id) {
        return jdbc.sql("select topic from program_focus_topic where program_id = :id order by position")
                .param("id", id)
                .query(String.class)
                .list();
    }

    private static Program restore(ResultSet rs, List<ObjectiveChoice> objectives, List<String> topics) throws SQLException {
        ProgramDraft content = new ProgramDraft(rs.getString("name"), rs.getString("purpose"), objectives, topics,
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                Cadence.valueOf(rs.getString("cadence")), rs.getInt("mentor_capacity"), rs.getString("template_code"));
        Long copiedFrom = rs.getObject("copied_from_id", Long.class);
        return Program.restore(rs.getLong("id"), rs.getLong("version"), ProgramState.valueOf(rs.getString("state")),
                content, copiedFrom, instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "updated_at"), rs.getString("updated_by"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
