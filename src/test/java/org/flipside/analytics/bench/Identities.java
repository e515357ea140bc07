package org.flipside.analytics.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands out ids for the generated rows itself (so rows can point at each other without reading keys back), starting
 * after whatever a table already holds, and moves each identity column past them at the end, so the application's
 * own inserts afterwards get fresh ids. The statement is the same on H2 and PostgreSQL.
 */
final class Identities {

    private final Connection connection;
    private final Map<String, long[]> next = new LinkedHashMap<>();

    Identities(Connection connection) {
        this.connection = connection;
    }

    long next(String table) throws SQLException {
        long[] counter = next.get(table);
        if (counter == null) {
            try (Statement statement = connection.createStatement();
                 ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                max.next();
                counter = new long[]{max.getLong(1) + 1};
            }
            next.put(table, counter);
        }
        return counter[0]++;
    }

    void restartIdentities() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, long[]> table : next.entrySet()) {
                statement.execute("alter table " + table.getKey() + " alter column id restart with "
                        + table.getValue()[0]);
            }
        }
    }
}
