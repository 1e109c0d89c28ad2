package org.gflow.engine.inbox;

import javax.sql.DataSource;
import org.gflow.engine.testing.MigratedDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inbox's doors on a real PostgreSQL, the scale backend, after its own run of the migrations. */
class WorkItemDoorsPostgresIT extends WorkItemDoorsContract {

    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
