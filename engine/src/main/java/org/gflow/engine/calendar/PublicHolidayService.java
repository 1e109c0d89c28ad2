package org.gflow.engine.calendar;

import java.util.List;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Lists and edits the public holidays. Only administrators edit; an edit counts for deadlines
 * computed after it — timers and due dates already set keep theirs.
 */
@Service
public class PublicHolidayService {

    private static final int MAX_NAME = 200;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final HolidayTable table;
    private final CachedHolidays cache;

    PublicHolidayService(HolidayTable table, CachedHolidays cache) {
        this.table = table;
        this.cache = cache;
    }

    public List<PublicHoliday> ofYear(int year) {
        return table.ofYear(checkedYear(year));
    }

    public PublicHoliday add(CurrentUser user, NewHoliday holiday) {
        requireAdmin(user);
        if (holiday == null || holiday.date() == null) {
            throw new BadRequestException("date", "Give the holiday's date (yyyy-mm-dd).");
        }
        PublicHoliday added = new PublicHoliday(
                holiday.date(),
                checkedYear(holiday.date().getYear()),
                name("nameLo", holiday.nameLo()),
                name("nameEn", holiday.nameEn()));
        if (!table.add(added)) {
            throw ProblemException.of(
                    HttpStatus.CONFLICT, "holiday-exists", holiday.date() + " is already a public holiday");
        }
        cache.edited(added.year());
        return added;
    }

    public void remove(CurrentUser user, java.time.LocalDate date) {
        requireAdmin(user);
        if (!table.remove(date)) {
            throw ProblemException.notFound();
        }
        cache.edited(date.getYear());
    }

    /** The security configuration already restricts the path; checked again here, as every door is. */
    private static void requireAdmin(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw ProblemException.of(
                    HttpStatus.FORBIDDEN, "forbidden", "only members of gflow-admins edit the public holidays");
        }
    }

    private static int checkedYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadRequestException("year", "The year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
        }
        return year;
    }

    private static String name(String field, String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new BadRequestException(field, "Give the holiday's name, at most " + MAX_NAME + " characters.");
        }
        return name;
    }
}
