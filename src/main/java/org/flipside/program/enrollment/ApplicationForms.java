package org.flipside.program.enrollment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.program.NewQuestion;
import org.flipside.program.Question;
import org.flipside.program.QuestionType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Application questions per program (choices kept one per line) and each participant's answers (several values of a
 * multiple-choice answer kept one per line too).
 */
@Component
class ApplicationForms {

    private static final String QUESTION_COLUMNS =
            "id, program_id, position, kind, text, choices, required, retired_at";

    private final JdbcClient jdbc;

    ApplicationForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All questions of the program, retired ones included (for managers and next to answers). */
    List<Question> questions(long programId) {
        return jdbc.sql("select " + QUESTION_COLUMNS + " from application_question "
                        + "where program_id = :program order by position, id")
                .param("program", programId)
                .query(ApplicationForms::question)
                .list();
    }

    /** The questions asked of applicants now: retired ones left out. */
    List<Question> activeQuestions(long programId) {
        return jdbc.sql("select " + QUESTION_COLUMNS + " from application_question "
                        + "where program_id = :program and retired_at is null order by position, id")
                .param("program", programId)
                .query(ApplicationForms::question)
                .list();
    }

    private static Question question(ResultSet rs, int n) throws SQLException {
        return new Question(rs.getLong("id"), rs.getLong("program_id"), rs.getInt("position"),
                QuestionType.valueOf(rs.getString("kind")), rs.getString("text"), lines(rs.getString("choices")),
                rs.getBoolean("required"), rs.getObject("retired_at") != null);
    }

    Question add(long programId, NewQuestion question) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from application_question where program_id = :program")
                .param("program", programId).query(Integer.class).single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into application_question (program_id, position, kind, text, choices, required) "
                        + "values (:program, :position, :kind, :text, :choices, :required)")
                .param("program", programId).param("position", position).param("kind", question.type().name())
                .param("text", question.text().strip())
                .param("choices", question.choices().isEmpty() ? null : String.join("\n", question.choices()))
                .param("required", question.required())
                .update(keys, "id");
        return new Question(keys.getKey().longValue(), programId, position, question.type(), question.text().strip(),
                question.choices(), question.required());
    }

    /** What removing a question did. */
    enum Removal { DELETED, RETIRED, NOT_FOUND }

    /**
     * Deletes a question nobody answered; a question with answers is retired instead, so no answer is ever lost.
     * Removing a retired question again changes nothing.
     */
    Removal remove(long programId, long questionId, OffsetDateTime at) {
        Optional<Boolean> retired = jdbc.sql("select retired_at from application_question "
                        + "where id = :id and program_id = :program")
                .param("id", questionId).param("program", programId)
                .query((rs, n) -> rs.getObject("retired_at") != null).optional();
        if (retired.isEmpty()) {
            return Removal.NOT_FOUND;
        }
        if (retired.get()) {
            return Removal.RETIRED;
        }
        // One statement decides: the row goes only if no answer to it exists at that moment, so an application
        // arriving meanwhile cannot lose its answer to the cascade.
        int deleted = jdbc.sql("delete from application_question where id = :id and program_id = :program "
                        + "and not exists (select 1 from application_answer a where a.question_id = :id)")
                .param("id", questionId).param("program", programId).update();
        if (deleted == 1) {
            return Removal.DELETED;
        }
        jdbc.sql("update application_question set retired_at = :at where id = :id and retired_at is null")
                .param("at", at).param("id", questionId).update();
        return Removal.RETIRED;
    }

    void reorder(List<Question> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            jdbc.sql("update application_question set position = :position where id = :id")
                    .param("position", i + 1).param("id", ordered.get(i).id()).update();
        }
    }

    void saveAnswers(long participantId, Map<Long, List<String>> answers) {
        // Answers to retired questions stay: only the answers to questions still asked are replaced.
        jdbc.sql("delete from application_answer where participant_id = :participant and question_id in "
                        + "(select id from application_question where retired_at is null)")
                .param("participant", participantId).update();
        answers.forEach((question, values) -> jdbc.sql(
                        "insert into application_answer (participant_id, question_id, answer) values (:p, :q, :a)")
                .param("p", participantId).param("q", question).param("a", String.join("\n", values)).update());
    }

    Map<Long, List<String>> answers(long participantId) {
        Map<Long, List<String>> answers = new LinkedHashMap<>();
        jdbc.sql("select question_id, answer from application_answer where participant_id = :participant "
                        + "order by question_id")
                .param("participant", participantId)
                .query((rs, n) -> Map.entry(rs.getLong("question_id"), lines(rs.getString("answer"))))
                .list().forEach(e -> answers.put(e.getKey(), e.getValue()));
        return answers;
    }

    private static List<String> lines(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
    }
}
