package org.gflow.engine.notify;

import javax.sql.DataSource;
import org.gflow.engine.testing.PostgresServer;
import org.gflow.engine.testing.RealPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The outbox queue on a real PostgreSQL 15, whose row locking differs from H2's. */
class OutboxQueuePostgresIT extends OutboxQueueTest {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    /** One database for every test (migrating it again changes nothing); each test has a channel of its own. */
    @Override
    protected DataSource database() {
        return new DriverManagerDataSource(POSTGRES.jdbcUrl(), PostgresServer.USER, "");
    }
}
