package org.gflow.processes.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 duration ({@code P5D}, {@code PT4H}, {@code P1W}, {@code P1M}) read the way a
 * working-day calendar counts it: years and months as on the wall calendar, weeks as five working
 * days, days as working days, hours, minutes and seconds as working time.
 */
record WorkingDuration(int years, int months, int workingDays, Duration workingTime) {

    private static final int WORKING_DAYS_A_WEEK = 5;

    private static final Pattern ISO = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

    static WorkingDuration parse(String text) {
        Matcher iso = ISO.matcher(text);
        if (!iso.matches() || text.equals("P") || text.endsWith("T")) {
            throw new IllegalArgumentException("not an ISO 8601 duration: '" + text + "'");
        }
        Duration time = Duration.ofHours(number(iso.group(5)))
                .plusMinutes(number(iso.group(6)))
                .plusNanos(seconds(iso.group(7)));
        return new WorkingDuration(
                number(iso.group(1)),
                number(iso.group(2)),
                number(iso.group(3)) * WORKING_DAYS_A_WEEK + number(iso.group(4)),
                time);
    }

    /** Whether the deadline is a day (ending at the office's close) rather than a time of day. */
    boolean countsDays() {
        return years > 0 || months > 0 || workingDays > 0;
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static long seconds(String decimal) {
        return decimal == null ? 0 : new BigDecimal(decimal).movePointRight(9).longValueExact();
    }
}
