package org.gflow.engine.plugins;

import javax.sql.DataSource;
import org.gflow.engine.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The pins' migration and store on a real PostgreSQL 15, where a racing insert fails differently from H2. */
class JdbcPluginSignerPinsPostgresIT extends JdbcPluginSignerPinsTest {

    private static PostgresServer server;

    @BeforeAll
    static void startPostgres() throws Exception {
        server = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** One database for every test (migrating it again changes nothing); each test pins a plugin of its own. */
    @Override
    protected DataSource database() {
        return new DriverManagerDataSource(server.jdbcUrl(), PostgresServer.USER, "");
    }
}
