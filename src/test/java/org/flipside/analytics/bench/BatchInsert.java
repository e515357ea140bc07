package org.flipside.analytics.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * One table's rows sent as JDBC batches of 1,000; counts what it wrote. A batch whose rows point at rows of other
 * batches names them as parents: they are always sent first, so foreign keys hold whenever the batches are sent.
 */
final class BatchInsert implements AutoCloseable {

    private static final int BATCH = 1_000;

    private final PreparedStatement statement;
    private final int columns;
    private final BatchInsert[] parents;
    private int pending;
    private long written;

    BatchInsert(Connection connection, String table, String columnList, BatchInsert... parents) throws SQLException {
        this.parents = parents;
        this.columns = columnList.split(",").length;
        String marks = String.join(", ", java.util.Collections.nCopies(columns, "?"));
        this.statement = connection.prepareStatement("insert into " + table + " (" + columnList + ") values (" + marks + ")");
    }

    void add(Object... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                // a typed null: PostgreSQL's driver cannot infer the type of an untyped one in a batch
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        statement.addBatch();
        written++;
        if (++pending == BATCH) {
            flush();
        }
    }

    long written() {
        return written;
    }

    private void flush() throws SQLException {
        for (BatchInsert parent : parents) {
            parent.flush();
        }
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
