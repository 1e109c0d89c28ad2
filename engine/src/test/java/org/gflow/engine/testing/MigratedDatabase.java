package org.gflow.engine.testing;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database with G-Flow's tables, made by the engine's real migrations, for the tests of one class
 * that need them without the engine: {@code @RegisterExtension static final MigratedDatabase
 * DATABASE = MigratedDatabase.h2();} (in memory) or {@code .postgres()} (a real PostgreSQL, started
 * before the class and removed after).
 */
public final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {

    private final boolean postgres;
    private PostgresServer server;
    private HikariDataSource dataSource;

    private MigratedDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    public static MigratedDatabase h2() {
        return new MigratedDatabase(false);
    }

    public static MigratedDatabase postgres() {
        return new MigratedDatabase(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (postgres) {
            server = PostgresServer.start();
            dataSource = GFlowDatabase.migrated(server.jdbcUrl(), PostgresServer.USER);
        } else {
            dataSource = GFlowDatabase.create();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (dataSource != null) {
            dataSource.close();
        }
        if (server != null) {
            server.close();
        }
    }

    public HikariDataSource dataSource() {
        if (dataSource == null) {
            throw new IllegalStateException("the database exists only while the test class runs");
        }
        return dataSource;
    }
}
