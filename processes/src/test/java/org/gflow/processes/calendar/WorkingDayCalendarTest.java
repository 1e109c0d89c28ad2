package org.gflow.processes.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gflow.processes.calendar.WorkingTimeTest.lao;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gflow.processes.support.TestHolidays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar durations =
            new WorkingDayCalendar(TestHolidays.WORKING_TIME, new DurationBusinessCalendar());
    private final WorkingDayCalendar dueDates =
            new WorkingDayCalendar(TestHolidays.WORKING_TIME, new DueDateBusinessCalendar());

    /** Friday 6 March 2026, 15:00 in Vientiane. */
    private final Date friday = Date.from(lao("2026-03-06T15:00"));

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void durationsCountWorkingTimeFromCamundasClock() {
        ClockUtil.setCurrentTime(friday);
        assertThat(durations.resolveDuedate("P1D")).isEqualTo(Date.from(lao("2026-03-09T16:00")));
        assertThat(dueDates.resolveDuedate("PT2H", (org.camunda.bpm.engine.task.Task) null))
                .isEqualTo(Date.from(lao("2026-03-09T09:00")));
    }

    @Test
    void theCalendarPrefixCountsElapsedTime() {
        assertThat(durations.resolveDuedate("calendar:P7D", friday))
                .isEqualTo(Date.from(friday.toInstant().plus(Duration.ofDays(7))));
        assertThat(dueDates.resolveDuedate("calendar:PT2H", friday))
                .isEqualTo(Date.from(friday.toInstant().plus(Duration.ofHours(2))));
    }

    @Test
    void anExplicitDateIsKeptAsWritten() {
        assertThat(dueDates.resolveDuedate("2026-03-07T10:00:00+07:00", friday))
                .isEqualTo(Date.from(lao("2026-03-07T10:00")));
    }

    @Test
    void aMalformedDurationIsTheEnginesError() {
        assertThatThrownBy(() -> durations.resolveDuedate("P2Q", friday))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("P2Q");
    }
}
