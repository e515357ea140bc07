package org.flipside;

import static org.assertj.core.api.Assertions.assertThat;

import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.Directory;
import org.flipside.testing.EmbeddedPostgresConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A production start: the postgres profile on a real PostgreSQL. Demo data stays out even when flipside.demo is
 * switched on explicitly, and the first administrator comes from the environment settings.
 */
@SpringBootTest(classes = {FlipsideApplication.class, EmbeddedPostgresConfiguration.class}, properties = {
        "flipside.demo=true",
        // The profile reads these; the embedded server's data source replaces the connection they describe.
        "DATABASE_URL=jdbc:postgresql://localhost:1/unused", "DATABASE_USERNAME=unused", "DATABASE_PASSWORD=unused",
        "flipside.admin.username=First.Admin", "flipside.admin.password=an operator's own passphrase"})
@ActiveProfiles("postgres")
class PostgresProfileTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void startsOnPostgresWithoutDemoDataAndWithTheFirstAdministrator() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(directory.count()).isZero();
        assertThat(jdbc.sql("select count(*) from program").query(Long.class).single()).isZero();
        assertThat(accounts.count()).isEqualTo(1);
        assertThat(accounts.findByUsername("first.admin")).hasValueSatisfying(admin -> {
            assertThat(admin.roles()).containsExactly(Role.ADMIN);
            assertThat(admin.active()).isTrue();
        });
    }
}
