package org.flipside.feedback.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code survey}, {@code survey_version} and {@code survey_question} tables. */
@Component
class SurveyStore {

    /** A survey's own row with the id and number of its current (latest) version. */
    record SurveyRow(long id, long programId, String templateKey, String title, boolean anonymous, Audience audience,
                     SurveyTrigger trigger, boolean enabled, long versionId, int versionNumber, long version) {
    }

    private static final String COLUMNS = "select s.id, s.program_id, s.template_key, s.title, s.anonymous, "
            + "s.audience, s.trigger_kind, s.enabled, s.version, v.id as version_id, v.number_no from survey s "
            + "join survey_version v on v.survey_id = s.id and v.number_no = "
            + "(select max(w.number_no) from survey_version w where w.survey_id = s.id) ";

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long programId, String templateKey, SurveyTrigger trigger, SurveyDraft draft, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into survey (program_id, template_key, title, anonymous, audience, trigger_kind, enabled, "
                        + "created_at, version) values (:program, :template, :title, :anonymous, :audience, :trigger, "
                        + ":enabled, :at, 0)")
                .param("program", programId).param("template", templateKey).param("title", draft.title())
                .param("anonymous", draft.anonymous()).param("audience", draft.audience().name())
                .param("trigger", trigger.name()).param("enabled", draft.enabled()).param("at", utc(at))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        addVersion(id, 1, draft.questions(), at);
        return id;
    }

    /** Changes the settings if the survey is still at {@code version}; false when someone else changed it first. */
    boolean update(long id, long version, SurveyDraft draft) {
        return jdbc.sql("update survey set title = :title, anonymous = :anonymous, audience = :audience, "
                        + "enabled = :enabled, version = version + 1 where id = :id and version = :version")
                .param("title", draft.title()).param("anonymous", draft.anonymous())
                .param("audience", draft.audience().name()).param("enabled", draft.enabled())
                .param("id", id).param("version", version).update() == 1;
    }

    long addVersion(long surveyId, int number, List<QuestionDraft> questions, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_version (survey_id, number_no, created_at) values (:survey, :number, :at)")
                .param("survey", surveyId).param("number", number).param("at", utc(at)).update(key, "id");
        long versionId = key.getKeyAs(Number.class).longValue();
        insertQuestions(versionId, questions);
        return versionId;
    }

    /** Replaces the questions of a version no instance uses yet. */
    void replaceQuestions(long versionId, List<QuestionDraft> questions) {
        jdbc.sql("delete from survey_question where survey_version_id = :version").param("version", versionId).update();
        insertQuestions(versionId, questions);
    }

    private void insertQuestions(long versionId, List<QuestionDraft> questions) {
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft q = questions.get(i);
            jdbc.sql("insert into survey_question (survey_version_id, place, section, kind, wording, required, "
                            + "max_length, choices) values (:version, :place, :section, :kind, :text, :required, "
                            + ":max, :choices)")
                    .param("version", versionId).param("place", i + 1).param("section", q.section())
                    .param("kind", q.kind().name()).param("text", q.text()).param("required", q.required())
                    .param("max", q.maxLength())
                    .param("choices", q.choices().isEmpty() ? null : String.join("\n", q.choices())).update();
        }
    }

    Optional<SurveyRow> find(long id) {
        return jdbc.sql(COLUMNS + "where s.id = :id").param("id", id).query(SurveyStore::row).optional();
    }

    List<SurveyRow> ofProgram(long programId) {
        return jdbc.sql(COLUMNS + "where s.program_id = :program order by s.id").param("program", programId)
                .query(SurveyStore::row).list();
    }

    /** The enabled surveys with this trigger, of one program or (programId null) of every program. */
    List<SurveyRow> enabled(SurveyTrigger trigger, Long programId) {
        return jdbc.sql(COLUMNS + "where s.enabled = true and s.trigger_kind = :trigger"
                        + (programId == null ? "" : " and s.program_id = :program") + " order by s.id")
                .param("trigger", trigger.name()).param("program", programId)
                .query(SurveyStore::row).list();
    }

    List<SurveyQuestion> questions(long versionId) {
        return jdbc.sql("select id, place, section, kind, wording, required, max_length, choices from survey_question "
                        + "where survey_version_id = :version order by place")
                .param("version", versionId)
                .query((rs, n) -> {
                    String choices = rs.getString("choices");
                    return new SurveyQuestion(rs.getLong("id"), rs.getInt("place"), rs.getString("section"),
                            QuestionKind.valueOf(rs.getString("kind")), rs.getString("wording"),
                            rs.getBoolean("required"), rs.getObject("max_length", Integer.class),
                            choices == null ? List.of() : Arrays.asList(choices.split("\n")));
                }).list();
    }

    /** The questions of every version of the survey, latest version first, each in its order. */
    List<SurveyQuestion> allQuestions(long surveyId) {
        List<Long> versions = jdbc.sql("select id from survey_version where survey_id = :survey order by number_no desc")
                .param("survey", surveyId).query(Long.class).list();
        return versions.stream().flatMap(version -> questions(version).stream()).toList();
    }

    long instancesOfVersion(long versionId) {
        return jdbc.sql("select count(*) from survey_instance where survey_version_id = :version")
                .param("version", versionId).query(Long.class).single();
    }

    long instancesOf(long surveyId) {
        return jdbc.sql("select count(*) from survey_instance where survey_id = :survey")
                .param("survey", surveyId).query(Long.class).single();
    }

    private static SurveyRow row(ResultSet rs, int n) throws SQLException {
        return new SurveyRow(rs.getLong("id"), rs.getLong("program_id"), rs.getString("template_key"),
                rs.getString("title"), rs.getBoolean("anonymous"), Audience.valueOf(rs.getString("audience")),
                SurveyTrigger.valueOf(rs.getString("trigger_kind")), rs.getBoolean("enabled"),
                rs.getLong("version_id"), rs.getInt("number_no"), rs.getLong("version"));
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
