package org.gflow.engine.calendar;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.gflow.processes.calendar.PublicHolidays;
import org.springframework.stereotype.Component;

/**
 * The holidays as the calendar asks for them, one day at a time: each year's days are read once
 * and kept until an administrator edits that year. The expiry is for the other engine nodes of a
 * cluster, which learn of an edit made elsewhere within it.
 */
@Component
class CachedHolidays implements PublicHolidays {

    private static final Duration OTHER_NODES_EDITS = Duration.ofMinutes(5);

    private final LoadingCache<Integer, Set<LocalDate>> years;

    CachedHolidays(HolidayTable table) {
        this.years = Caffeine.newBuilder()
                .expireAfterWrite(OTHER_NODES_EDITS)
                .build(year ->
                        table.ofYear(year).stream().map(PublicHoliday::date).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return years.get(date.getYear()).contains(date);
    }

    /** Forgets a year after its holidays were edited. */
    void edited(int year) {
        years.invalidate(year);
    }
}
