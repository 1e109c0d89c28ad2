package org.gflow.plugin.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Lao time (UTC+7), the one definition of the country's time zone for the engine and its
 * plugins. Dates printed on documents and the year a number belongs to are read in it: a
 * receipt issued at 06:30 on 1 January in Vientiane belongs to the new year, even on a server
 * that runs in UTC, where it is still 31 December.
 */
public final class LaoTime {

    /** {@code Asia/Vientiane}. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Vientiane");

    private LaoTime() {}

    /** Today's date in Laos by a clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The current year in Laos by a clock: the year of a number issued now. */
    public static int year(Clock clock) {
        return today(clock).getYear();
    }
}
