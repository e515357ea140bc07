package org.flipside.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.audit.AuditEntry;
import org.flipside.audit.AuditSearch;
import org.flipside.audit.AuditTrail;
import org.flipside.audit.Outcome;
import org.flipside.shared.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PageOf<AuditEntry> search(AuditSearch search, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (hasText(search.actor())) {
            conditions.add("lower(actor) like :actor");
            params.put("actor", "%" + search.actor().toLowerCase() + "%");
        }
        if (hasText(search.action())) {
            conditions.add("action = :action");
            params.put("action", search.action());
        }
        if (search.outcome() != null) {
            conditions.add("outcome = :outcome");
            params.put("outcome", search.outcome().name());
        }
        if (hasText(search.target())) {
            conditions.add("(lower(target_id) like :target or lower(target_type) like :target)");
            params.put("target", "%" + search.target().toLowerCase() + "%");
        }
        if (search.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(search.from()));
        }
        if (search.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", Timestamp.from(search.to()));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<AuditEntry> items = jdbc.sql("select * from audit_entry" + where
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .query(JdbcAuditTrail::entry)
                .list();
        return new PageOf<>(items, page, size, total);
    }

    @Override
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), Outcome.valueOf(rs.getString("outcome")), rs.getString("target_type"),
                rs.getString("target_id"), rs.getString("remote_address"), rs.getString("details"));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
