package org.gflow.engine.hotline;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.gflow.processes.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gflow.hotline.reopen.*}: how long after the answer a citizen may say their complaint was
 * not resolved, and how often, before the Office answers it itself. Given to each complaint at
 * registration, so a change applies to complaints registered after it; the model's reopen path
 * reads them as {@code reopenWindow} and {@code reopenLimit}.
 *
 * @param window an ISO-8601 duration as the model's timers take it: {@code P10D} is ten working
 *     days by the engine's business calendar; {@code calendar:} before it means elapsed time
 * @param limit reopens that go back to the responsible organisation; the next goes to the Office
 */
@ConfigurationProperties("gflow.hotline.reopen")
record ReopenSettings(
        @DefaultValue("P10D") String window,
        @DefaultValue("2") int limit) {

    ReopenSettings {
        if (!isIsoDuration(window)) {
            throw new IllegalArgumentException(
                    "gflow.hotline.reopen.window must be an ISO-8601 duration such as P10D, not " + window);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("gflow.hotline.reopen.limit must not be negative, not " + limit);
        }
    }

    private static boolean isIsoDuration(String window) {
        String text = window.startsWith(WorkingDayCalendar.ELAPSED)
                ? window.substring(WorkingDayCalendar.ELAPSED.length())
                : window;
        try {
            if (text.contains("T")) {
                Duration.parse(text);
            } else {
                Period.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
