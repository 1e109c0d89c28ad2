package org.gflow.processes.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.gflow.plugin.api.LaoTime;
import org.gflow.processes.support.TestHolidays;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    private final WorkingTime working = TestHolidays.WORKING_TIME;

    @Test
    void daysSkipTheWeekendAndEndAtTheOfficesClose() {
        // Friday 6 March 2026, 10:00 in Vientiane
        assertThat(working.after(lao("2026-03-06T10:00"), "P1D")).isEqualTo(lao("2026-03-09T16:00"));
        assertThat(working.after(lao("2026-03-06T10:00"), "P5D")).isEqualTo(lao("2026-03-13T16:00"));
    }

    @Test
    void aComplaintFiledOnSaturdayCountsFromMonday() {
        assertThat(working.after(lao("2026-03-07T11:00"), "P1D")).isEqualTo(lao("2026-03-09T16:00"));
    }

    @Test
    void piMaiIsNotCounted() {
        // Monday 13 April 2026, the working day before Pi Mai (14–16 April)
        assertThat(working.after(lao("2026-04-13T10:00"), "P5D")).isEqualTo(lao("2026-04-23T16:00"));
    }

    @Test
    void piMaiRunningIntoAWeekendSkipsBoth() {
        // Pi Mai 2027 is Wednesday to Friday; the next working day is Monday 19 April
        assertThat(working.after(lao("2027-04-13T09:00"), "P1D")).isEqualTo(lao("2027-04-19T16:00"));
        assertThat(working.after(lao("2027-04-13T15:00"), "PT2H")).isEqualTo(lao("2027-04-19T09:00"));
    }

    @Test
    void deadlinesCrossTheYearBoundaryAndItsHoliday() {
        // Wednesday 30 December 2026: the 31st counts, 1 January is a holiday, 2–3 January a weekend
        assertThat(working.after(lao("2026-12-30T10:00"), "P2D")).isEqualTo(lao("2027-01-04T16:00"));
    }

    @Test
    void hoursCountOnlyOfficeHours() {
        // Monday 2 March 2026
        assertThat(working.after(lao("2026-03-02T11:00"), "PT2H")).isEqualTo(lao("2026-03-02T14:00"));
        assertThat(working.after(lao("2026-03-02T11:00"), "PT1H")).isEqualTo(lao("2026-03-02T12:00"));
        assertThat(working.after(lao("2026-03-02T12:30"), "PT30M")).isEqualTo(lao("2026-03-02T13:30"));
        assertThat(working.after(lao("2026-03-02T07:00"), "PT1H")).isEqualTo(lao("2026-03-02T09:00"));
        assertThat(working.after(lao("2026-03-02T16:00"), "PT1H")).isEqualTo(lao("2026-03-03T09:00"));
        assertThat(working.after(lao("2026-03-02T20:00"), "PT30M")).isEqualTo(lao("2026-03-03T08:30"));
        // Friday afternoon into Monday morning
        assertThat(working.after(lao("2026-03-06T15:00"), "PT2H")).isEqualTo(lao("2026-03-09T09:00"));
        // a whole office day is seven hours
        assertThat(working.after(lao("2026-03-02T08:00"), "PT7H")).isEqualTo(lao("2026-03-02T16:00"));
    }

    @Test
    void weeksMonthsAndMixedDurations() {
        assertThat(working.after(lao("2026-03-02T10:00"), "P1W")).isEqualTo(lao("2026-03-09T16:00"));
        // 14 February 2027 is a Sunday: the month ends at Monday's close
        assertThat(working.after(lao("2027-01-14T10:00"), "P1M")).isEqualTo(lao("2027-02-15T16:00"));
        // a day, then two working hours after that day's close
        assertThat(working.after(lao("2026-03-02T10:00"), "P1DT2H")).isEqualTo(lao("2026-03-04T10:00"));
        assertThat(working.after(lao("2026-03-07T10:00"), "P0D")).isEqualTo(lao("2026-03-07T10:00"));
    }

    @Test
    void workingDaysLeftCountsFromTodayToTheDueDay() {
        Instant due = lao("2026-04-23T16:00");
        assertThat(working.workingDaysLeft(lao("2026-04-13T09:00"), due)).isEqualTo(5);
        assertThat(working.workingDaysLeft(lao("2026-04-17T09:00"), due)).isEqualTo(4);
        assertThat(working.workingDaysLeft(lao("2026-04-23T09:00"), due)).isZero();
        assertThat(working.workingDaysLeft(lao("2026-04-24T09:00"), due)).isZero();
    }

    @Test
    void dueSoonReachesToTheEndOfTheNextWorkingDay() {
        // Friday: tasks due by Monday's end are due soon
        assertThat(working.dueSoonUntil(lao("2026-03-06T10:00"))).isEqualTo(lao("2026-03-10T00:00"));
        // the day before Pi Mai: the next working day is Friday 17 April, the one after Monday 20
        assertThat(working.dueSoonUntil(lao("2026-04-13T10:00"))).isEqualTo(lao("2026-04-20T00:00"));
        Instant dueFriday = lao("2026-04-17T16:00");
        assertThat(working.workingDaysLeft(lao("2026-04-13T10:00"), dueFriday)).isEqualTo(1);
    }

    @Test
    void malformedDurationsAndOfficeHoursAreRefused() {
        assertThatThrownBy(() -> working.after(lao("2026-03-02T10:00"), "P5X"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> working.after(lao("2026-03-02T10:00"), "PT"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfficeHours.parse("08:00-12:00,11:00-16:00", LaoTime.ZONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new WorkingTime(OfficeHours.LAO_GOVERNMENT, date -> true).after(lao("2026-03-02T10:00"), "P1D"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void officeHoursAreConfigurable() {
        WorkingTime longDay = new WorkingTime(OfficeHours.parse("07:30-17:30", LaoTime.ZONE), PublicHolidays.NONE);
        assertThat(longDay.after(lao("2026-03-02T17:00"), "PT1H")).isEqualTo(lao("2026-03-03T08:00"));
        assertThat(longDay.after(lao("2026-03-02T10:00"), "P1D")).isEqualTo(lao("2026-03-03T17:30"));
    }

    static Instant lao(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LaoTime.ZONE).toInstant();
    }
}
