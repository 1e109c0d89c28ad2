package org.gflow.engine.plugins;

import javax.sql.DataSource;
import org.gflow.engine.testing.PostgresServer;
import org.gflow.engine.testing.RealPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The pins' migration and store on a real PostgreSQL 15, where a racing insert fails differently from H2. */
class JdbcPluginSignerPinsPostgresIT extends JdbcPluginSignerPinsTest {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    /** One database for every test (migrating it again changes nothing); each test pins a plugin of its own. */
    @Override
    protected DataSource database() {
        return new DriverManagerDataSource(POSTGRES.jdbcUrl(), PostgresServer.USER, "");
    }
}
