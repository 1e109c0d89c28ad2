package org.gflow.engine.absence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The absence periods in {@code gflow_absence}; names are left to the caller. */
@Component
class AbsenceStore {

    /** A stored period: who, to whom, when, set by whom. */
    record Period(String id, String userId, String delegateId, LocalDate from, LocalDate until, String setBy) {

        /** Is this day inside the period (both ends included)? */
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(until);
        }
    }

    private static final String COLUMNS = "id, user_id, delegate_id, from_date, until_date, set_by";

    private final JdbcTemplate jdbc;

    AbsenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's periods that have not ended before {@code today}, earliest first. */
    List<Period> notEndedOf(String userId, LocalDate today) {
        return jdbc.query(
                "select " + COLUMNS + " from gflow_absence where user_id = ? and until_date >= ? order by from_date",
                AbsenceStore::period,
                userId,
                Date.valueOf(today));
    }

    /** The person's period covering this day, if any. */
    Optional<Period> covering(String userId, LocalDate day) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from gflow_absence where user_id = ? and from_date <= ? "
                                + "and until_date >= ? order by from_date",
                        AbsenceStore::period,
                        userId,
                        Date.valueOf(day),
                        Date.valueOf(day))
                .stream()
                .findFirst();
    }

    /** The person's periods sharing at least one day with this one. */
    List<Period> overlapping(String userId, LocalDate from, LocalDate until) {
        return jdbc.query(
                "select " + COLUMNS + " from gflow_absence where user_id = ? and from_date <= ? and until_date >= ?",
                AbsenceStore::period,
                userId,
                Date.valueOf(until),
                Date.valueOf(from));
    }

    Optional<Period> byId(String id) {
        return jdbc.query("select " + COLUMNS + " from gflow_absence where id = ?", AbsenceStore::period, id).stream()
                .findFirst();
    }

    void insert(Period period, Instant now) {
        jdbc.update(
                "insert into gflow_absence (" + COLUMNS + ", created_at) values (?, ?, ?, ?, ?, ?, ?)",
                period.id(),
                period.userId(),
                period.delegateId(),
                Date.valueOf(period.from()),
                Date.valueOf(period.until()),
                period.setBy(),
                Timestamp.from(now));
    }

    void delete(String id) {
        jdbc.update("delete from gflow_absence where id = ?", id);
    }

    private static Period period(ResultSet row, int n) throws SQLException {
        return new Period(
                row.getString("id"),
                row.getString("user_id"),
                row.getString("delegate_id"),
                row.getDate("from_date").toLocalDate(),
                row.getDate("until_date").toLocalDate(),
                row.getString("set_by"));
    }
}
