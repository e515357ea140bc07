package org.flipside;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flipside.testing.OnPostgres;
import org.flipside.testing.Unique;
import org.springframework.beans.factory.annotation.Autowired;

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
}
