package org.gflow.engine.hotline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gflow.plugin.api.hotline.PublicAnswerBoard;
import org.gflow.plugin.api.hotline.PublishedAnswer;
import org.gflow.plugin.api.text.PersonalData;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public answers page's store. Offered to plugins as {@link PublicAnswerBoard}; read by
 * the public API. Phone numbers, e-mail addresses and identity numbers never reach it: whoever
 * publishes, {@link PersonalData} is applied here as the last line of defence.
 */
@Component
public class PublishedAnswers implements PublicAnswerBoard {

    /** One published answer as the public page shows it (named apart from other entries in the API's description). */
    @Schema(name = "PublishedAnswer")
    public record Entry(
            String trackingNumber,
            String category,
            String summary,
            String answer,
            String responsibleBody,
            boolean substantiated,
            Instant publishedAt) {}

    private static final RowMapper<Entry> ROW = (rs, n) -> new Entry(
            rs.getString("tracking_number"),
            rs.getString("category"),
            rs.getString("summary"),
            rs.getString("answer"),
            rs.getString("responsible_body"),
            rs.getBoolean("substantiated"),
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
        String words = SearchWords.index(answer.trackingNumber(), summary, text);
        // one list of values for both statements: the tracking number last in each
        Object[] values = {
            answer.category(),
            summary,
            text,
            answer.responsibleBody(),
            answer.substantiated(),
            now,
            words,
            answer.trackingNumber()
        };
        int updated = jdbc.update(
                "update gflow_published_answer set category = ?, summary = ?, answer = ?, responsible_body = ?,"
                        + " substantiated = ?, published_at = ?, search_words = ? where tracking_number = ?",
                values);
        if (updated == 0) {
            jdbc.update(
                    "insert into gflow_published_answer (category, summary, answer, responsible_body, substantiated,"
                            + " published_at, search_words, tracking_number) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    values);
        }
    }

    public Optional<Entry> find(String trackingNumber) {
        return jdbc
                .query("select * from gflow_published_answer where tracking_number = ?", ROW, trackingNumber)
                .stream()
                .findFirst();
    }

    /** Newest first; with a query, only answers holding every word of it (or words it begins). */
    public List<Entry> page(String query, int first, int size) {
        Matching matching = Matching.of(query);
        List<Object> arguments = new ArrayList<>(matching.arguments());
        arguments.add(size);
        arguments.add(first);
        return jdbc.query(
                "select * from gflow_published_answer" + matching.where()
                        + " order by published_at desc, tracking_number desc limit ? offset ?",
                ROW,
                arguments.toArray());
    }

    /** How many answers {@link #page} pages through. */
    public long count(String query) {
        Matching matching = Matching.of(query);
        Long count = jdbc.queryForObject(
                "select count(*) from gflow_published_answer" + matching.where(),
                Long.class,
                matching.arguments().toArray());
        return count == null ? 0 : count;
    }

    /** Answers published before their words were stored get them once, when the engine is up. */
    @EventListener(ApplicationReadyEvent.class)
    public void indexUnsearchable() {
        jdbc.query("select * from gflow_published_answer where search_words is null", ROW)
                .forEach(entry -> jdbc.update(
                        "update gflow_published_answer set search_words = ? where tracking_number = ?",
                        SearchWords.index(entry.trackingNumber(), entry.summary(), entry.answer()),
                        entry.trackingNumber()));
    }

    /** The where clause of a search: each query word must start a stored word. */
    private record Matching(String where, List<Object> arguments) {
        static Matching of(String query) {
            List<String> words = SearchWords.of(query);
            if (words.isEmpty()) {
                return new Matching("", List.of());
            }
            String where = " where "
                    + String.join(
                            " and ",
                            words.stream()
                                    .map(word -> "search_words like ? escape '!'")
                                    .toList());
            return new Matching(
                    where,
                    words.stream()
                            .<Object>map(word -> "% "
                                    + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
                            .toList());
        }
    }
}
