package org.gflow.engine.inbox;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.gflow.engine.testing.GFlowDatabase;
import org.gflow.engine.testing.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The inbox's doors on a real PostgreSQL, the scale backend, after its own run of the migrations. */
class WorkItemDoorsPostgresIT extends WorkItemDoorsContract {

    private static PostgresServer server;
    private static HikariDataSource database;

    @BeforeAll
    static void startPostgres() throws Exception {
        server = PostgresServer.start();
        database = GFlowDatabase.migrated(server.jdbcUrl(), PostgresServer.USER);
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (database != null) {
            database.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    DataSource dataSource() {
        return database;
    }
}
