package org.gflow.engine.inbox;

import javax.sql.DataSource;
import org.gflow.engine.testing.MigratedDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Searching the task list on a real PostgreSQL, whose planner and prefix index differ from H2's. */
class TermSearchPostgresIT extends TermSearchTest {

    @RegisterExtension
    static final MigratedDatabase POSTGRES = MigratedDatabase.postgres();

    @Override
    DataSource dataSource() {
        return POSTGRES.dataSource();
    }
}
