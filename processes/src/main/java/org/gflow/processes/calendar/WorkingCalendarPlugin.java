package org.gflow.processes.calendar;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Makes timer durations ({@code timeDuration}), timer dates ({@code timeDate}) and user-task due
 * dates count working days and hours. Repeating cycles ({@code timeCycle}) keep Camunda's wall
 * calendar: a reminder every day means every day.
 */
public class WorkingCalendarPlugin extends AbstractProcessEnginePlugin {

    private final WorkingTime workingTime;

    public WorkingCalendarPlugin(WorkingTime workingTime) {
        this.workingTime = workingTime;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(
                DurationBusinessCalendar.NAME, new WorkingDayCalendar(workingTime, new DurationBusinessCalendar()));
        calendars.addBusinessCalendar(
                DueDateBusinessCalendar.NAME, new WorkingDayCalendar(workingTime, new DueDateBusinessCalendar()));
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        configuration.setBusinessCalendarManager(calendars);
    }
}
