package org.flipside.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL server started from the zonky binaries, with the application's data source pointed at it.
 * Every test class annotated {@link OnPostgres} shares one Spring context and so one server per JVM; the context
 * cache closes it when the JVM ends, after everything that still needs a connection.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                // Spring closes the server after the beans that use it; zonky's own JVM hook would stop it first
                // and leave the context's shutdown waiting for connections (Surefire then kills the fork).
                .setRegisterShutdownHook(false)
                // Durability is pointless for a throw-away test server and costs time on every commit.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(8);
        dataSource.setConnectionTimeout(5_000);
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
