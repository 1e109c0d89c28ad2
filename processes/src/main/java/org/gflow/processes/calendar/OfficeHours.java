package org.gflow.processes.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gflow.plugin.api.LaoTime;

/**
 * The hours a government office works on a working day, as spans of local time in one zone,
 * e.g. {@code 08:00-12:00,13:00-16:00} in Lao time. Working hours are counted inside these spans
 * only; a day-counted deadline ends when the last span closes.
 */
public record OfficeHours(List<Span> spans, ZoneId zone) {

    /** The government's office day in Laos: 08:00–12:00 and 13:00–16:00, Lao time. */
    public static final OfficeHours LAO_GOVERNMENT = parse("08:00-12:00,13:00-16:00", LaoTime.ZONE);

    /** One stretch of work, from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Span(LocalTime start, LocalTime end) {}

    public OfficeHours {
        spans = List.copyOf(spans);
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("office hours need at least one span");
        }
        LocalTime previousEnd = LocalTime.MIN;
        for (Span span : spans) {
            if (!span.start().isBefore(span.end()) || span.start().isBefore(previousEnd)) {
                throw new IllegalArgumentException("office hours must be ordered, non-overlapping spans: " + spans);
            }
            previousEnd = span.end();
        }
    }

    /** Reads {@code "08:00-12:00,13:00-16:00"}. */
    public static OfficeHours parse(String text, ZoneId zone) {
        List<Span> spans = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("office hours are spans like 08:00-12:00, not '" + part + "'");
            }
            spans.add(new Span(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
        }
        return new OfficeHours(spans, zone);
    }

    /** When the office closes: the end of the day's last span. */
    public LocalTime close() {
        return spans.get(spans.size() - 1).end();
    }
}
