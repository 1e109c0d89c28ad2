package org.gflow.engine.inbox;

import javax.sql.DataSource;
import org.gflow.engine.testing.MigratedDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inbox's doors on H2, the embedded default. */
class WorkItemDoorsTest extends WorkItemDoorsContract {

    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
