package org.gflow.engine.hotline;

import java.util.regex.Pattern;
import org.gflow.engine.numbering.NumberSeriesService;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers of hotline complaints, {@code 1516-<year>-<six digits>}, e.g.
 * {@code 1516-2026-000042}: what a citizen writes down and reads out on the phone.
 */
@Component
public class TrackingNumbers {

    static final String SERIES = "hotline";
    private static final Pattern FORMAT = Pattern.compile("1516-\\d{4}-\\d{6,}");

    private final NumberSeriesService numbers;

    TrackingNumbers(NumberSeriesService numbers) {
        this.numbers = numbers;
    }

    /** The tracking number of a case; the same case always gets the same number. */
    public String assign(String processInstanceId) {
        return numbers.issue(SERIES, processInstanceId).format("1516", 6);
    }

    /** Whether a text has the shape of a tracking number (checked before any lookup). */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
