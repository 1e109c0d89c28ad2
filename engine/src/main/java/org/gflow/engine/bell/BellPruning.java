package org.gflow.engine.bell;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets notices older than {@link #KEPT} (and their read marks) once an hour: the bell shows the
 * latest few, and a notice of a task long done leads nowhere useful. Safe on every node at once:
 * each delete only removes what another node may already have removed.
 */
@Component
class BellPruning {

    static final Duration KEPT = Duration.ofDays(60);

    private final JdbcTemplate jdbc;

    BellPruning(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void prune() {
        Timestamp before = Timestamp.from(Instant.now().minus(KEPT));
        jdbc.update(
                "delete from gflow_bell_read where notice_id in (select id from gflow_bell_notice where created_at < ?)",
                before);
        jdbc.update("delete from gflow_bell_notice where created_at < ?", before);
    }
}
