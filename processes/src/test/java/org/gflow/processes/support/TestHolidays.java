package org.gflow.processes.support;

import java.time.LocalDate;
import java.util.List;
import org.gflow.processes.calendar.OfficeHours;
import org.gflow.processes.calendar.PublicHolidays;
import org.gflow.processes.calendar.WorkingCalendarPlugin;
import org.gflow.processes.calendar.WorkingTime;

/**
 * The public holidays the process tests count with: New Year and Pi Mai (Lao New Year) of 2026
 * and 2027. The engine reads its own table; these are the tests' fixed days.
 */
public final class TestHolidays {

    /** Pi Mai 2026: Tuesday 14 to Thursday 16 April. */
    public static final List<LocalDate> PI_MAI_2026 =
            List.of(LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 16));

    /** Pi Mai 2027: Wednesday 14 to Friday 16 April, running into the weekend. */
    public static final List<LocalDate> PI_MAI_2027 =
            List.of(LocalDate.of(2027, 4, 14), LocalDate.of(2027, 4, 15), LocalDate.of(2027, 4, 16));

    public static final PublicHolidays HOLIDAYS = PublicHolidays.of(java.util.stream.Stream.of(
                    List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), PI_MAI_2026, PI_MAI_2027)
            .flatMap(List::stream)
            .toList());

    public static final WorkingTime WORKING_TIME = new WorkingTime(OfficeHours.LAO_GOVERNMENT, HOLIDAYS);

    private TestHolidays() {}

    /** The working-day calendar as the engine registers it, on these holidays ({@code camunda.cfg.xml}). */
    public static final class Plugin extends WorkingCalendarPlugin {
        public Plugin() {
            super(WORKING_TIME);
        }
    }
}
