package org.flipside.program.enrollment;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final JdbcClient jdbc;

    ApplicationForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Question> questions(long programId) {
        return jdbc.sql("select id, program_id, position, kind, text, choices, required from application_question "
                        + "where program_id = :program order by position, id")
                .param("program", programId)
                .query((rs, n) -> new Question(rs.getLong("id"), rs.getLong("program_id"), rs.getInt("position"),
                        QuestionType.valueOf(rs.getString("kind")), rs.getString("text"), lines(rs.getString("choices")),
                        rs.getBoolean("required")))
                .list();
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

    boolean remove(long programId, long questionId) {
        return jdbc.sql("delete from application_question where id = :id and program_id = :program")
                .param("id", questionId).param("program", programId).update() == 1;
    }

    void reorder(List<Question> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            jdbc.sql("update application_question set position = :position where id = :id")
                    .param("position", i + 1).param("id", ordered.get(i).id()).update();
        }
    }

    void saveAnswers(long participantId, Map<Long, List<String>> answers) {
        jdbc.sql("delete from application_answer where participant_id = :participant")
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
