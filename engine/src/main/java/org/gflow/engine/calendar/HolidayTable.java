package org.gflow.engine.calendar;

import java.sql.Date;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code gflow_public_holiday} table. */
@Component
class HolidayTable {

    private final JdbcTemplate jdbc;

    HolidayTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PublicHoliday> ofYear(int year) {
        return jdbc.query(
                "select holiday_date, holiday_year, name_lo, name_en from gflow_public_holiday"
                        + " where holiday_year = ? order by holiday_date",
                (rs, n) -> new PublicHoliday(
                        rs.getDate("holiday_date").toLocalDate(),
                        rs.getInt("holiday_year"),
                        rs.getString("name_lo"),
                        rs.getString("name_en")),
                year);
    }

    /** Adds the holiday; false when its date is already a holiday. */
    boolean add(PublicHoliday holiday) {
        try {
            jdbc.update(
                    "insert into gflow_public_holiday (holiday_date, holiday_year, name_lo, name_en) values (?, ?, ?, ?)",
                    Date.valueOf(holiday.date()),
                    holiday.year(),
                    holiday.nameLo(),
                    holiday.nameEn());
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /** Removes the holiday on {@code date}; false when there was none. */
    boolean remove(java.time.LocalDate date) {
        return jdbc.update("delete from gflow_public_holiday where holiday_date = ?", Date.valueOf(date)) > 0;
    }
}
