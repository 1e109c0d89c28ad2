package org.gflow.engine.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database from before the one number series keeps counting where it was: the numbers
 * already issued to cases and the document serials carry on, none is issued again.
 */
class NumberCountersMigrationTest {

    @Test
    void existingSeriesCarryOnAfterTheMigration() {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            dataSource.setUsername("sa");
            // 1. a database as the engine left it before: three tracking numbers, 41 certificates
            migrations(dataSource).target("2").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            for (int number = 1; number <= 3; number++) {
                jdbc.update(
                        "insert into gflow_case_number (series, issue_year, seq_number, case_key, issued_at)"
                                + " values ('hotline', 2026, ?, ?, ?)",
                        number,
                        "case-" + number,
                        Timestamp.from(Instant.now()));
            }
            jdbc.update(
                    "insert into gflow_document_serial (kind, issue_year, last_number) values ('certificate', 2026, 41)");

            // 2. the engine's migrations run at its next start
            migrations(dataSource).load().migrate();

            // 3. each series goes on from its last number; a case keeps the number it had
            NumberSeriesService numbers = new NumberSeriesService(dataSource, Clock.systemUTC());
            assertThat(numbers.next("hotline", 2026, "case-4")).isEqualTo(4);
            assertThat(numbers.next("hotline", 2026, "case-2")).isEqualTo(2);
            assertThat(numbers.next("document-certificate", 2026, "task-42")).isEqualTo(42);
        }
    }

    private static FluentConfiguration migrations(HikariDataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/gflow")
                .table("gflow_schema_history")
                .placeholderReplacement(false);
    }
}
