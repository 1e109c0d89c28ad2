package org.gflow.engine.numbering;

import javax.sql.DataSource;
import org.gflow.engine.testing.MigratedDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The number series on a real PostgreSQL, where row locks and a failed statement behave unlike H2's. */
class NumberSeriesPostgresIT extends NumberSeriesContract {

    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    DataSource dataSource() {
        return DATABASE.dataSource();
    }
}
