package org.gflow.engine.calendar;

import org.gflow.plugin.api.LaoTime;
import org.gflow.processes.calendar.OfficeHours;
import org.gflow.processes.calendar.WorkingCalendarPlugin;
import org.gflow.processes.calendar.WorkingTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the working-day calendar with the engine, on the holiday table and the configured office hours. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    WorkingTime workingTime(CalendarProperties properties, CachedHolidays holidays) {
        return new WorkingTime(OfficeHours.parse(properties.officeHours(), LaoTime.ZONE), holidays);
    }

    /** Every timer duration, timer date and task due date counts working days and hours. */
    @Bean
    WorkingCalendarPlugin workingCalendarPlugin(WorkingTime workingTime) {
        return new WorkingCalendarPlugin(workingTime);
    }
}
