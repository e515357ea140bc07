package org.flipside.insights.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.flipside.insights.action.ActionStatus;
import org.flipside.insights.ledger.Response;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a program's proposed insights with their actions, and its count of done actions. */
@Component
class ReportStore {

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The program's insights proposed beyond the pair, newest proposal first. */
    List<ReportRow> proposed(long programId) {
        return jdbc.sql("select i.id, i.title, i.significance, i.topic, i.author_side, i.author_number, "
                        + "i.credit_by_name, i.proposed_at, i.response, i.responded_at, i.action_id, a.status, "
                        + "a.due_on, a.expected_outcome, a.outcome from insight i "
                        + "left join insight_action a on a.id = i.action_id "
                        + "where i.program_id = :program and i.proposed_at is not null "
                        + "order by i.proposed_at desc, i.id desc")
                .param("program", programId)
                .query((rs, n) -> {
                    String response = rs.getString("response");
                    String status = rs.getString("status");
                    OffsetDateTime responded = rs.getObject("responded_at", OffsetDateTime.class);
                    return new ReportRow(rs.getLong("id"), rs.getString("title"), rs.getString("significance"),
                            rs.getString("topic"), Side.valueOf(rs.getString("author_side")),
                            rs.getString("author_number"), rs.getBoolean("credit_by_name"),
                            rs.getObject("proposed_at", OffsetDateTime.class).toInstant(),
                            response == null ? null : Response.valueOf(response),
                            responded == null ? null : responded.toInstant(), rs.getObject("action_id", Long.class),
                            status == null ? null : ActionStatus.valueOf(status),
                            rs.getObject("due_on", LocalDate.class), rs.getString("expected_outcome"),
                            rs.getString("outcome"));
                }).list();
    }

    int actionsDone(long programId) {
        return jdbc.sql("select count(*) from insight_action where program_id = :program and status = 'DONE'")
                .param("program", programId).query(Long.class).single().intValue();
    }
}
