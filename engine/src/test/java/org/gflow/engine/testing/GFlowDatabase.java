package org.gflow.engine.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A private database (in-memory H2 unless another is given) with G-Flow's own tables, made by
 * the engine's real migrations, for tests that need the archive or the number series without
 * the engine.
 */
public final class GFlowDatabase {

    private GFlowDatabase() {}

    /** A fresh in-memory H2 database. */
    public static HikariDataSource create() {
        return migrated("jdbc:h2:mem:gflow-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa");
    }

    /** A pooled data source on a database, after running G-Flow's migrations on it as the engine does. */
    public static HikariDataSource migrated(String jdbcUrl, String user) {
        // pooled like the engine's own data source, so a benchmark does not time connecting
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(user);
        dataSource.setMaximumPoolSize(10);
        return migrate(dataSource);
    }

    /** Runs G-Flow's migrations on a database, as the engine does at start-up; returns it. */
    public static <D extends DataSource> D migrate(D dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/gflow")
                .table("gflow_schema_history")
                .placeholderReplacement(false)
                .load()
                .migrate();
        return dataSource;
    }
}
