package org.gflow.engine.inbox;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.gflow.engine.testing.GFlowDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The inbox's doors on H2, the embedded default. */
class WorkItemDoorsTest extends WorkItemDoorsContract {

    private static HikariDataSource database;

    @BeforeAll
    static void createDatabase() {
        database = GFlowDatabase.create();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    DataSource dataSource() {
        return database;
    }
}
