package org.gflow.engine.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gflow.calendar.*}: the working-day calendar.
 *
 * @param officeHours the spans of an office day in Lao time, {@code 08:00-12:00,13:00-16:00} by
 *     default; working hours are counted inside them and day deadlines end at the last one's close
 */
@ConfigurationProperties("gflow.calendar")
record CalendarProperties(
        @DefaultValue("08:00-12:00,13:00-16:00") String officeHours) {}
