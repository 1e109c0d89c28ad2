package org.gflow.engine.documents;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A private database (in-memory H2 unless another is given) with the documents' tables, made by
 * running the real migration script, for tests that need the archive without the engine.
 */
public final class ArchiveDatabase {

    private ArchiveDatabase() {
    }

    public static DataSource create() {
        return migrated("jdbc:h2:mem:documents-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa");
    }

    /** A pooled data source on a database, after running the documents' migration on it. */
    public static HikariDataSource migrated(String jdbcUrl, String user) {
        // pooled like the engine's own data source, so a benchmark does not time connecting
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(user);
        dataSource.setMaximumPoolSize(10);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String statement : migration().split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        return dataSource;
    }

    private static String migration() {
        try (InputStream in = ArchiveDatabase.class.getClassLoader().getResourceAsStream("db/gflow/V2__documents.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
