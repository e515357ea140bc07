package org.flipside;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.flipside.testing.OnPostgres;
import org.flipside.testing.Unique;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@OnPostgres
class SchemaMigrationOnPostgresTest extends SchemaMigrationContract {

    @Autowired
    EmbeddedPostgres postgres;

    @Override
    protected DataSource emptyDatabase() throws Exception {
        String name = Unique.username("empty").replace('.', '_');
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    /** One set of migrations serves both databases, so both must end up with the same columns and nullability. */
    @Test
    void bothDatabasesGetTheSameTablesColumnsAndNullability() throws Exception {
        DataSource onPostgres = emptyDatabase();
        DataSource onH2 = new DriverManagerDataSource("jdbc:h2:mem:parity-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        for (DataSource database : new DataSource[]{onPostgres, onH2}) {
            Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        }

        Map<String, String> postgresColumns = columns(onPostgres);
        assertThat(postgresColumns).isNotEmpty();
        assertThat(columns(onH2)).isEqualTo(postgresColumns);
    }

    private static Map<String, String> columns(DataSource database) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (Connection connection = database.getConnection();
             ResultSet rs = connection.getMetaData().getColumns(null, null, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if ("public".equalsIgnoreCase(rs.getString("TABLE_SCHEM")) && !table.equals("flyway_schema_history")) {
                    columns.put(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            "YES".equals(rs.getString("IS_NULLABLE")) ? "null" : "not null");
                }
            }
        }
        return columns;
    }
}
