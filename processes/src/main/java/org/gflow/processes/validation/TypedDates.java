package org.gflow.processes.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as Lao users type it: day first ({@code 30/11/2029}, {@code 30.11.2029},
 * {@code 30-11-2029}) or ISO-8601 ({@code 2029-11-30}, or a moment with a time). Anything else is
 * unreadable rather than guessed: a month above 12 (as in the month-first {@code 11/30/2029}), a
 * day the month does not have, a two-digit year (which century?) or mixed separators. A date is
 * never silently changed into another one.
 */
public final class TypedDates {

    /** Day, month, four-digit year, with one separator used twice. */
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})");

    private TypedDates() {}

    /**
     * The calendar day {@code text} names, or empty if it cannot be read without guessing.
     * Moments ({@code 2029-11-30T10:00:00+07:00}) are not days: see {@link #isReadable}.
     */
    public static Optional<LocalDate> parseDay(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        Matcher dayFirst = DAY_FIRST.matcher(trimmed);
        try {
            if (dayFirst.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(dayFirst.group(4)),
                        Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(1))));
            }
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeException e) {
            return Optional.empty(); // 31/02, month 13, not a date at all
        }
    }

    /** Whether {@code text} is a day {@link #parseDay} reads, or an ISO-8601 moment. */
    public static boolean isReadable(String text) {
        return parseDay(text).isPresent() || isIsoMoment(text);
    }

    /**
     * The ISO-8601 form ({@code 2029-11-30}) of a day typed another way, or empty when {@code text}
     * is already ISO (or a moment, or unreadable) and needs no rewriting.
     */
    public static Optional<String> isoIfRewritten(String text) {
        if (text == null || !DAY_FIRST.matcher(text.trim()).matches()) {
            return Optional.empty();
        }
        return parseDay(text).map(LocalDate::toString);
    }

    private static boolean isIsoMoment(String text) {
        if (text == null) {
            return false;
        }
        try {
            OffsetDateTime.parse(text.trim());
            return true;
        } catch (DateTimeParseException withoutOffset) {
            try {
                LocalDateTime.parse(text.trim());
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
