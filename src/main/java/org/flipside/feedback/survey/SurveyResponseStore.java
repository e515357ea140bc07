package org.flipside.feedback.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code survey_response} and {@code survey_answer} tables. A response's id is random and it records only the day,
 * so responses have no order that could be matched to invitations.
 */
@Component
class SurveyResponseStore {

    /** A response as results read it: who answered only as a side (and department, for named surveys). */
    record Stored(String id, LocalDate openedOn, Side side, String department,
                  Map<Long, Answer> answers) {
    }

    private final JdbcClient jdbc;

    SurveyResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a response; {@code instanceId}, {@code invitationId} and {@code department} must be null for an
     * anonymous survey. {@code openedOn} is the instance's day, kept only as its month. A second response for the
     * same invitation breaks the unique key.
     */
    String insert(long surveyId, Long instanceId, Long invitationId, Side side, String department,
                  LocalDate openedOn, LocalDate day, List<Answer> answers) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into survey_response (id, survey_id, instance_id, invitation_id, side, department, period, "
                        + "answered_on) values (:id, :survey, :instance, :invitation, :side, :department, :period, "
                        + ":day)")
                .param("id", id).param("survey", surveyId).param("instance", instanceId)
                .param("invitation", invitationId).param("side", side.name()).param("department", department)
                .param("period", openedOn.withDayOfMonth(1)).param("day", day).update();
        for (Answer answer : answers) {
            jdbc.sql("insert into survey_answer (response_id, question_id, number_value, choice_list, text_value) "
                            + "values (:response, :question, :number, :choices, :text)")
                    .param("response", id).param("question", answer.questionId()).param("number", answer.number())
                    .param("choices", answer.choices().isEmpty() ? null : answer.choices().stream()
                            .map(String::valueOf).collect(Collectors.joining(",")))
                    .param("text", answer.text()).update();
        }
        return id;
    }

    /** Every response to the survey, with answers, in two queries; the caller filters and aggregates. */
    List<Stored> ofSurvey(long surveyId) {
        Map<String, Map<Long, Answer>> answers = new HashMap<>();
        jdbc.sql("select a.response_id, a.question_id, a.number_value, a.choice_list, a.text_value from survey_answer a "
                        + "join survey_response r on r.id = a.response_id where r.survey_id = :survey")
                .param("survey", surveyId)
                .query(rs -> {
                    String choices = rs.getString("choice_list");
                    Answer answer = new Answer(rs.getLong("question_id"), rs.getObject("number_value", Integer.class),
                            choices == null ? List.of()
                                    : Arrays.stream(choices.split(",")).map(Integer::valueOf).toList(),
                            rs.getString("text_value"));
                    answers.computeIfAbsent(rs.getString("response_id"), k -> new HashMap<>())
                            .put(answer.questionId(), answer);
                });
        List<Stored> responses = new ArrayList<>();
        jdbc.sql("select r.id, r.period, r.side, r.department from survey_response r where r.survey_id = :survey "
                        + "order by r.id")
                .param("survey", surveyId)
                .query(rs -> {
                    responses.add(new Stored(rs.getString("id"),
                            rs.getObject("period", LocalDate.class), Side.valueOf(rs.getString("side")),
                            rs.getString("department"), answers.getOrDefault(rs.getString("id"), Map.of())));
                });
        return responses;
    }
}
