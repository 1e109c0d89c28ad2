package org.gflow.processes.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which dates are public holidays. Only the holidays: weekends are the {@link WorkingTime}'s
 * concern. The engine answers from its administrator-edited table; tests name their own days.
 */
@FunctionalInterface
public interface PublicHolidays {

    /** No holidays at all: only weekends are off. */
    PublicHolidays NONE = date -> false;

    /** Whether offices are closed on {@code date} for a public holiday. */
    boolean isHoliday(LocalDate date);

    /** A fixed set of holidays. */
    static PublicHolidays of(Collection<LocalDate> dates) {
        Set<LocalDate> days = Set.copyOf(dates);
        return days::contains;
    }
}
