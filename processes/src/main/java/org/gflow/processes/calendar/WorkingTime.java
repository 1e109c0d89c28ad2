package org.gflow.processes.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Working-day arithmetic: Monday to Friday except public holidays, inside the office hours.
 *
 * <ul>
 *   <li>A duration with days ({@code P5D}) is a day deadline: the office's close on the fifth working
 *       day after the day it starts. A complaint filed on Monday (or on the Saturday before) with
 *       five working days is due at 16:00 on the following Monday (Friday), holidays skipped.
 *   <li>Weeks are five working days; years and months move along the wall calendar, and a day that
 *       lands on a weekend or holiday moves to the next working day's close.
 *   <li>Hours, minutes and seconds ({@code PT4H}) are working time: counted inside the office hours
 *       from the start (or from the next opening, when it starts outside them), after any days.
 * </ul>
 */
public final class WorkingTime {

    /** No sane holiday table closes the offices this long; past it the table is wrong. */
    private static final int SEARCH_LIMIT_DAYS = 366;

    private final OfficeHours hours;
    private final PublicHolidays holidays;

    public WorkingTime(OfficeHours hours, PublicHolidays holidays) {
        this.hours = hours;
        this.holidays = holidays;
    }

    public OfficeHours hours() {
        return hours;
    }

    /** Whether {@code date} is a working day: Monday to Friday and not a public holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayOnOrAfter(date.plusDays(1));
    }

    /** {@code start} plus an ISO 8601 duration counted in working days and hours. */
    public Instant after(Instant start, String isoDuration) {
        return after(start, WorkingDuration.parse(isoDuration));
    }

    Instant after(Instant start, WorkingDuration duration) {
        ZonedDateTime at = start.atZone(hours.zone());
        if (duration.countsDays()) {
            LocalDate day = at.toLocalDate().plusYears(duration.years()).plusMonths(duration.months());
            day = duration.workingDays() == 0 ? workingDayOnOrAfter(day) : day;
            for (int counted = 0; counted < duration.workingDays(); counted++) {
                day = nextWorkingDay(day);
            }
            at = ZonedDateTime.of(day, hours.close(), hours.zone());
        }
        return plusWorkingTime(at, duration.workingTime()).toInstant();
    }

    /**
     * How many working days are left until {@code due}, seen at {@code now}: 0 when it is due today
     * (or already past), 1 when it is due on the next working day, and so on.
     */
    public int workingDaysLeft(Instant now, Instant due) {
        LocalDate day = now.atZone(hours.zone()).toLocalDate();
        LocalDate dueDay = due.atZone(hours.zone()).toLocalDate();
        int left = 0;
        while (day.isBefore(dueDay)) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left++;
            }
        }
        return left;
    }

    /**
     * Until when a task counts as due soon, seen at {@code now}: the start of the second working day
     * after today, so every task with at most one working day left ({@link #workingDaysLeft}) is in.
     * On a Friday that is Tuesday 00:00: tasks due over the weekend or on Monday are due soon.
     */
    public Instant dueSoonUntil(Instant now) {
        LocalDate today = now.atZone(hours.zone()).toLocalDate();
        return nextWorkingDay(nextWorkingDay(today)).atStartOfDay(hours.zone()).toInstant();
    }

    private ZonedDateTime plusWorkingTime(ZonedDateTime start, Duration time) {
        if (time.isZero()) {
            return start;
        }
        Duration left = time;
        LocalDate day = start.toLocalDate();
        LocalTime from = start.toLocalTime();
        for (int searched = 0; searched <= SEARCH_LIMIT_DAYS; searched++) {
            if (isWorkingDay(day)) {
                for (OfficeHours.Span span : hours.spans()) {
                    if (!from.isBefore(span.end())) {
                        continue;
                    }
                    LocalTime begin = from.isAfter(span.start()) ? from : span.start();
                    Duration room = Duration.between(begin, span.end());
                    if (left.compareTo(room) <= 0) {
                        return ZonedDateTime.of(day, begin, hours.zone()).plus(left);
                    }
                    left = left.minus(room);
                    from = span.end();
                }
            }
            day = day.plusDays(1);
            from = LocalTime.MIN;
        }
        throw noWorkingDays(start.toLocalDate());
    }

    private LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int searched = 0; searched <= SEARCH_LIMIT_DAYS; searched++, day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                return day;
            }
        }
        throw noWorkingDays(date);
    }

    private static IllegalStateException noWorkingDays(LocalDate from) {
        return new IllegalStateException(
                "no working day within " + SEARCH_LIMIT_DAYS + " days after " + from + ": check the public holidays");
    }
}
