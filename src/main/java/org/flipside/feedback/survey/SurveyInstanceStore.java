package org.flipside.feedback.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.flipside.pairing.PairMember;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code survey_instance} and {@code survey_invitation} tables. */
@Component
class SurveyInstanceStore {

    private static final String INVITATIONS = "select i.id, i.instance_id, n.survey_id, n.survey_version_id, "
            + "n.program_id, p.name as program_name, n.pair_id, s.title, s.anonymous, i.employee_number, i.side, "
            + "i.full_name, i.email, i.time_zone, i.department, i.answered, n.opened_on, n.opened_at, n.closes_at "
            + "from survey_invitation i join survey_instance n on n.id = i.instance_id "
            + "join survey s on s.id = n.survey_id join program p on p.id = n.program_id ";

    private final JdbcClient jdbc;

    SurveyInstanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long surveyId, String occasion) {
        return jdbc.sql("select count(*) from survey_instance where survey_id = :survey and occasion = :occasion")
                .param("survey", surveyId).param("occasion", occasion).query(Long.class).single() > 0;
    }

    /** Inserts the instance; the unique (survey, occasion) key refuses a second one for the same occasion. */
    long insert(long surveyId, long versionId, long programId, Long pairId, String occasion, LocalDate openedOn,
                Instant openedAt, Instant closesAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_instance (survey_id, survey_version_id, program_id, pair_id, occasion, opened_on, "
                        + "opened_at, closes_at) values (:survey, :version, :program, :pair, :occasion, :on, :at, "
                        + ":closes)")
                .param("survey", surveyId).param("version", versionId).param("program", programId)
                .param("pair", pairId).param("occasion", occasion).param("on", openedOn)
                .param("at", SurveyStore.utc(openedAt)).param("closes", SurveyStore.utc(closesAt))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void invite(long instanceId, PairMember person) {
        jdbc.sql("insert into survey_invitation (instance_id, employee_number, side, full_name, email, time_zone, "
                        + "department, answered) values (:instance, :number, :side, :name, :email, :zone, :department, "
                        + "false)")
                .param("instance", instanceId).param("number", person.employeeNumber())
                .param("side", person.side().name()).param("name", person.fullName()).param("email", person.email())
                .param("zone", person.timeZone()).param("department", person.department()).update();
    }

    Optional<Invitation> invitationOf(long id, String employeeNumber) {
        return jdbc.sql(INVITATIONS + "where i.id = :id and i.employee_number = :number")
                .param("id", id).param("number", employeeNumber).query(SurveyInstanceStore::row).optional();
    }

    /** The person's invitations still open and unanswered, the ones closing first on top. */
    List<Invitation> openOf(String employeeNumber, Instant now) {
        return jdbc.sql(INVITATIONS + "where i.employee_number = :number and i.answered = false and n.closes_at > :now "
                        + "order by n.closes_at, i.id")
                .param("number", employeeNumber).param("now", SurveyStore.utc(now))
                .query(SurveyInstanceStore::row).list();
    }

    /** Unanswered invitations of open instances opened at or before {@code openedBefore}. */
    List<Invitation> waiting(Instant openedBefore, Instant now) {
        return jdbc.sql(INVITATIONS + "where i.answered = false and n.opened_at <= :before and n.closes_at > :now "
                        + "order by i.id")
                .param("before", SurveyStore.utc(openedBefore)).param("now", SurveyStore.utc(now))
                .query(SurveyInstanceStore::row).list();
    }

    /**
     * Marks the invitation answered if it was not; false when it already was. The row lock this takes makes two
     * simultaneous answers wait for each other, and only one of them finds it unanswered.
     */
    boolean markAnswered(long id) {
        return jdbc.sql("update survey_invitation set answered = true where id = :id and answered = false")
                .param("id", id).update() == 1;
    }

    private static Invitation row(ResultSet rs, int n) throws SQLException {
        return new Invitation(rs.getLong("id"), rs.getLong("instance_id"), rs.getLong("survey_id"),
                rs.getLong("survey_version_id"), rs.getLong("program_id"), rs.getString("program_name"),
                rs.getObject("pair_id", Long.class), rs.getString("title"), rs.getBoolean("anonymous"),
                rs.getString("employee_number"), Side.valueOf(rs.getString("side")), rs.getString("full_name"),
                rs.getString("email"), rs.getString("time_zone"), rs.getString("department"),
                rs.getBoolean("answered"), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getObject("closes_at", OffsetDateTime.class).toInstant());
    }
}
