package org.gflow.engine.hotline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gflow.plugin.api.PublicAnswerBoard;
import org.gflow.plugin.api.PublishedAnswer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public answers page's store. Offered to plugins as {@link PublicAnswerBoard}; read by
 * the public API. Phone numbers and e-mail addresses never reach it.
 */
@Component
public class PublishedAnswers implements PublicAnswerBoard {

    /** One published answer as the public page shows it. */
    public record Entry(String trackingNumber, String category, String summary, String answer,
                        String responsibleBody, boolean substantiated, Instant publishedAt) { }

    private static final RowMapper<Entry> ROW = (rs, n) -> new Entry(
        rs.getString("tracking_number"), rs.getString("category"), rs.getString("summary"),
        rs.getString("answer"), rs.getString("responsible_body"), rs.getBoolean("substantiated"),
        rs.getTimestamp("published_at").toInstant());

    private final JdbcTemplate jdbc;

    PublishedAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void publish(PublishedAnswer answer) {
        String summary = PersonalData.redact(answer.summary());
        String text = PersonalData.redact(answer.answer());
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.update("update gflow_published_answer set category = ?, summary = ?, answer = ?, "
                + "responsible_body = ?, substantiated = ?, published_at = ? where tracking_number = ?",
            answer.category(), summary, text, answer.responsibleBody(), answer.substantiated(), now,
            answer.trackingNumber());
        if (updated == 0) {
            jdbc.update("insert into gflow_published_answer (tracking_number, category, summary, answer, "
                    + "responsible_body, substantiated, published_at) values (?, ?, ?, ?, ?, ?, ?)",
                answer.trackingNumber(), answer.category(), summary, text, answer.responsibleBody(),
                answer.substantiated(), now);
        }
    }

    public Optional<Entry> find(String trackingNumber) {
        return jdbc.query("select * from gflow_published_answer where tracking_number = ?", ROW, trackingNumber)
            .stream().findFirst();
    }

    /** Newest first. */
    public List<Entry> page(int first, int size) {
        return jdbc.query("select * from gflow_published_answer order by published_at desc, tracking_number desc "
            + "limit ? offset ?", ROW, size, first);
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from gflow_published_answer", Long.class);
        return count == null ? 0 : count;
    }
}
