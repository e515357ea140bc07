package org.flipside;

import java.util.UUID;
import javax.sql.DataSource;
import org.flipside.testing.OnH2;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@OnH2
class SchemaMigrationOnH2Test extends SchemaMigrationContract {

    @Override
    protected DataSource emptyDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:empty-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
