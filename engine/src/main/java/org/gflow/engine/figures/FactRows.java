package org.gflow.engine.figures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Reads facts for a scoped query: one indexed range read on when complaints came in or were answered. */
final class FactRows {

    /** One complaint as the figures count it. */
    record Fact(
            String caseId,
            String number,
            String title,
            String organisation,
            String province,
            String category,
            Instant receivedAt,
            Instant deadlineAt,
            Instant answeredAt,
            Boolean answeredOnTime,
            Integer workingDaysToAnswer,
            boolean answerOut,
            int reopenCount,
            Integer rating,
            Instant closedAt) {

        /** Still waiting for an answer: never answered, or reopened and not answered again. */
        boolean open() {
            return !answerOut && closedAt == null;
        }

        boolean overdue(Instant now) {
            return open() && deadlineAt != null && deadlineAt.isBefore(now);
        }

        /** The state a drill-down list shows. */
        String state(Instant now) {
            if (overdue(now)) {
                return "overdue";
            }
            if (open()) {
                return reopenCount > 0 ? "reopened" : "open";
            }
            return answeredAt != null ? "answered" : "closed";
        }
    }

    static final String COLUMNS = "case_id, case_number, title, organisation, province, category, received_at, "
            + "deadline_at, answered_at, answered_on_time, working_days_to_answer, answer_out, reopen_count, "
            + "rating, closed_at";

    private FactRows() {}

    /** The complaints received in the period (the cohort every figure but the trend's answers counts). */
    static List<Fact> received(NamedParameterJdbcTemplate jdbc, FiguresAccess.Scoped scoped) {
        return read(jdbc, "received_at", scoped);
    }

    /** The complaints first answered in the period (the trend's answers per week). */
    static List<Fact> answered(NamedParameterJdbcTemplate jdbc, FiguresAccess.Scoped scoped) {
        return read(jdbc, "answered_at", scoped);
    }

    private static List<Fact> read(NamedParameterJdbcTemplate jdbc, String column, FiguresAccess.Scoped scoped) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(column, scoped, parameters);
        return jdbc.query(
                "select " + COLUMNS + " from gflow_complaint_fact where " + where, parameters, FactRows::fact);
    }

    /** The conditions of a scoped query on one of the time columns, its parameters added. */
    static String where(String column, FiguresAccess.Scoped scoped, MapSqlParameterSource parameters) {
        FiguresQuery query = scoped.query();
        StringBuilder where = new StringBuilder(column + " >= :start and " + column + " < :end");
        parameters.addValue("start", Timestamp.from(query.start()));
        parameters.addValue("end", Timestamp.from(query.end()));
        if (query.organisation() != null) {
            where.append(" and organisation = :organisation");
            parameters.addValue("organisation", query.organisation());
        } else if (!scoped.organisations().isEmpty()) {
            where.append(" and organisation in (:organisations)");
            parameters.addValue("organisations", List.copyOf(scoped.organisations()));
        }
        if (query.province() != null) {
            where.append(" and province = :province");
            parameters.addValue("province", query.province());
        }
        if (query.category() != null) {
            where.append(" and category = :category");
            parameters.addValue("category", query.category());
        }
        return where.toString();
    }

    static Fact fact(ResultSet row, int rowNumber) throws SQLException {
        return new Fact(
                row.getString("case_id"),
                row.getString("case_number"),
                row.getString("title"),
                row.getString("organisation"),
                row.getString("province"),
                row.getString("category"),
                instant(row, "received_at"),
                instant(row, "deadline_at"),
                instant(row, "answered_at"),
                (Boolean) row.getObject("answered_on_time", Boolean.class),
                (Integer) row.getObject("working_days_to_answer", Integer.class),
                row.getBoolean("answer_out"),
                row.getInt("reopen_count"),
                (Integer) row.getObject("rating", Integer.class),
                instant(row, "closed_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
