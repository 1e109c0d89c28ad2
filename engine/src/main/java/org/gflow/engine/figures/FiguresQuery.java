package org.gflow.engine.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.plugin.api.LaoTime;

/**
 * Which complaints a figure counts: those received from {@code from} to {@code to} (whole days,
 * Lao time, both included), optionally of one organisation, province and category.
 */
record FiguresQuery(LocalDate from, LocalDate to, String organisation, String province, String category) {

    /** A dashboard's period when none is asked for: the last twelve weeks. */
    static final int DEFAULT_DAYS = 84;

    /** The longest period one request may cover. */
    static final int MAX_DAYS = 3 * 366;

    /** Reads the request's parameters; bad dates or a period the wrong way round are a 400 naming the field. */
    static FiguresQuery of(String from, String to, String organisation, String province, String category) {
        LocalDate end = to == null || to.isBlank() ? today() : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1L) : date("from", from);
        if (start.isAfter(end)) {
            throw new BadRequestException("from", "The period starts after it ends.");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw new BadRequestException("from", "A period may cover at most three years.");
        }
        return new FiguresQuery(start, end, blankToNull(organisation), blankToNull(province), blankToNull(category));
    }

    /** One calendar month, for the monthly report ({@code 2026-11}). */
    static FiguresQuery month(String month, String organisation) {
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("month", "Give the month as year and month, e.g. 2026-11.");
        }
        return new FiguresQuery(parsed.atDay(1), parsed.atEndOfMonth(), blankToNull(organisation), null, null);
    }

    FiguresQuery withOrganisation(String code) {
        return new FiguresQuery(from, to, code, province, category);
    }

    Instant start() {
        return from.atStartOfDay(LaoTime.ZONE).toInstant();
    }

    /** The first moment after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(LaoTime.ZONE).toInstant();
    }

    /** Today in Lao time, on the engine's clock. */
    static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LaoTime.ZONE);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(field, "Give the date as year-month-day, e.g. 2026-11-30.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
