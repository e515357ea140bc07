package org.flipside;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The migrations build the whole schema from an empty database, on every database the application supports,
 * and the application's own database is at the newest version with nothing pending or altered.
 */
abstract class SchemaMigrationContract {

    static final Set<String> EXPECTED_TABLES = Set.of("flyway_schema_history", "spring_session",
            "spring_session_attributes", "event_publication", "app_user", "user_role", "api_token", "sign_in_failure",
            "audit_entry", "employee", "program", "program_objective", "program_focus_topic", "program_state_change");

    private static final Pattern MIGRATION_FILE = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    @Autowired
    Flyway applicationFlyway;

    /** A database with nothing in it, of the kind this subclass tests. */
    protected abstract DataSource emptyDatabase() throws Exception;

    @Test
    void migratesAnEmptyDatabaseToTheNewestVersion() throws Exception {
        DataSource database = emptyDatabase();
        assertThat(tables(database)).as("tables before migrating").doesNotContainAnyElementsOf(EXPECTED_TABLES);

        Flyway flyway = Flyway.configure().dataSource(database).locations("classpath:db/migration").load();
        MigrateResult result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(migrationFiles().size());
        assertThat(flyway.info().current().getVersion()).isEqualTo(newestVersionOnClasspath());
        flyway.validate();
        assertThat(tables(database)).containsAll(EXPECTED_TABLES);
    }

    @Test
    void applicationDatabaseIsAtTheNewestVersionAndValid() {
        applicationFlyway.validate();
        assertThat(applicationFlyway.info().pending()).isEmpty();
        assertThat(applicationFlyway.info().current().getVersion()).isEqualTo(newestVersionOnClasspath());
    }

    private static Set<String> migrationFiles() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
            names.add(resource.getFilename());
        }
        assertThat(names).as("migration files").isNotEmpty().allMatch(name -> MIGRATION_FILE.matcher(name).matches());
        return names;
    }

    private static MigrationVersion newestVersionOnClasspath() {
        try {
            return migrationFiles().stream()
                    .map(name -> {
                        Matcher matcher = MIGRATION_FILE.matcher(name);
                        assertThat(matcher.matches()).isTrue();
                        return MigrationVersion.fromVersion(matcher.group(1).replace('_', '.'));
                    })
                    .max(MigrationVersion::compareTo)
                    .orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<String> tables(DataSource database) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = database.getConnection();
             ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                if ("public".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }
}
