package org.flipside.program.definition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.flipside.program.Cadence;
import org.flipside.program.ProgramQuery;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramSummary;
import org.flipside.shared.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The program list: one query for the page and one for the count, reading only the columns a list row shows,
 * so a long list does not load every program's objectives and topics.
 */
@Component
class ProgramSearch {

    private static final String WHERE = """
            where (:state = '' or state = :state)
              and state <> :hidden
              and (:text = '' or lower(name) like :pattern escape '!' or lower(purpose) like :pattern escape '!')
            """;

    private final JdbcClient jdbc;

    ProgramSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<ProgramSummary> find(ProgramQuery query, boolean includeDrafts) {
        String text = query.text().toLowerCase(Locale.ROOT);
        String state = query.state() == null ? "" : query.state().name();
        // '' matches no state, so "state <> ''" hides nothing.
        String hidden = includeDrafts ? "" : ProgramState.DRAFT.name();
        String pattern = "%" + escape(text) + "%";
        List<ProgramSummary> items = jdbc.sql("select id, name, state, start_date, end_date, cadence, mentor_capacity "
                        + "from program " + WHERE + " order by updated_at desc, id desc limit :limit offset :offset")
                .param("state", state).param("hidden", hidden).param("text", text).param("pattern", pattern)
                .param("limit", query.size()).param("offset", (long) query.page() * query.size())
                .query(ProgramSearch::summary)
                .list();
        long total = jdbc.sql("select count(*) from program " + WHERE)
                .param("state", state).param("hidden", hidden).param("text", text).param("pattern", pattern)
                .query(Long.class)
                .single();
        return new PageOf<>(items, query.page(), query.size(), total);
    }

    private static ProgramSummary summary(ResultSet rs, int row) throws SQLException {
        return new ProgramSummary(rs.getLong("id"), rs.getString("name"), ProgramState.valueOf(rs.getString("state")),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                Cadence.valueOf(rs.getString("cadence")), rs.getInt("mentor_capacity"));
    }

    /** Makes the user's text match literally: '%' and '_' are wildcards in LIKE. */
    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
