package org.gflow.engine.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.paging.PageKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The complaints behind a figure, newest first, a page at a time: keyset paging on (received,
 * case id), so a page costs the same however deep the reader goes.
 */
@Component
class FigureCases {

    static final List<String> STATES = List.of("overdue", "open", "answered", "reopened");
    static final int MAX_SIZE = 200;

    private final NamedParameterJdbcTemplate jdbc;

    FigureCases(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * One complaint of the list.
     *
     * @param caseId the case, to open it in the inbox
     * @param state {@code overdue}, {@code open}, {@code reopened} (open again after a reopen),
     *              {@code answered} or {@code closed}
     */
    @Schema(name = "HotlineFigureCase")
    record Item(
            String caseId,
            String number,
            String title,
            String organisation,
            String province,
            String category,
            Instant received,
            Instant deadline,
            Instant answered,
            String state) {}

    /**
     * A page of the list.
     *
     * @param next pass as {@code after} for the next page; absent on the last
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HotlineFigureCasePage")
    record Page(List<Item> items, String next) {}

    Page list(FiguresAccess.Scoped scoped, String state, Integer size, String after) {
        if (state != null && !state.isBlank() && !STATES.contains(state)) {
            throw new BadRequestException("state", "Choose overdue, open, answered or reopened.");
        }
        int pageSize = size == null ? 50 : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new BadRequestException("size", "A page holds 1 to " + MAX_SIZE + " complaints.");
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(FactRows.where("received_at", scoped, parameters));
        where.append(
                switch (state == null ? "" : state) {
                    case "overdue" -> " and answer_out = false and closed_at is null and deadline_at < :now";
                    case "open" -> " and answer_out = false and closed_at is null";
                    case "answered" -> " and answered_at is not null";
                    case "reopened" -> " and reopen_count > 0";
                    default -> "";
                });
        parameters.addValue("now", Timestamp.from(now));
        if (after != null && !after.isBlank()) {
            PageKey key = PageKey.read(after);
            where.append(" and (received_at < :afterAt or (received_at = :afterAt and case_id < :afterId))");
            parameters.addValue("afterAt", Timestamp.from(key.at()));
            parameters.addValue("afterId", key.id());
        }
        parameters.addValue("limit", pageSize + 1);
        List<FactRows.Fact> facts = jdbc.query(
                "select " + FactRows.COLUMNS + " from gflow_complaint_fact where " + where
                        + " order by received_at desc, case_id desc fetch first :limit rows only",
                parameters,
                FactRows::fact);
        List<Item> items = facts.stream()
                .limit(pageSize)
                .map(fact -> new Item(
                        fact.caseId(),
                        fact.number(),
                        fact.title(),
                        fact.organisation(),
                        fact.province(),
                        fact.category(),
                        fact.receivedAt(),
                        fact.deadlineAt(),
                        fact.answeredAt(),
                        fact.state(now)))
                .toList();
        String next = facts.size() > pageSize
                ? new PageKey(
                                items.get(pageSize - 1).received(),
                                items.get(pageSize - 1).caseId())
                        .text()
                : null;
        return new Page(items, next);
    }
}
