package org.gflow.engine.hotline;

import java.time.Year;
import java.util.regex.Pattern;
import org.gflow.plugin.api.NumberSeries;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers of hotline complaints, {@code 1516-<year>-<six digits>}, e.g.
 * {@code 1516-2026-000042}: what a citizen writes down and reads out on the phone.
 */
@Component
public class TrackingNumbers {

    static final String SERIES = "hotline";
    private static final Pattern FORMAT = Pattern.compile("1516-\\d{4}-\\d{6,}");

    private final NumberSeries numbers;

    TrackingNumbers(NumberSeries numbers) {
        this.numbers = numbers;
    }

    /** The tracking number of a case; the same case always gets the same number. */
    public String assign(String processInstanceId) {
        int year = Year.now().getValue();
        return String.format("1516-%d-%06d", year, numbers.next(SERIES, year, processInstanceId));
    }

    /** Whether a text has the shape of a tracking number (checked before any lookup). */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
