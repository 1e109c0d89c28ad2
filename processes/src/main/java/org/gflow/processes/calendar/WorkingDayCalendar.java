package org.gflow.processes.calendar;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's hook for timers and due dates, counting ISO durations ({@code P5D}, {@code PT4H}) in
 * {@link WorkingTime working days and hours}. A model that means elapsed time says so with the
 * prefix {@value #ELAPSED}: {@code calendar:P7D} is seven days on the wall calendar. Anything else
 * that is not a duration (an ISO date-time, a repeat) goes to Camunda's own calendar unchanged.
 */
public final class WorkingDayCalendar implements BusinessCalendar {

    /** The prefix of a duration counted on the wall calendar, weekends and holidays included. */
    public static final String ELAPSED = "calendar:";

    private final WorkingTime workingTime;
    private final BusinessCalendar wallCalendar;

    /**
     * @param wallCalendar Camunda's calendar of the same name, for elapsed durations and dates
     */
    public WorkingDayCalendar(WorkingTime workingTime, BusinessCalendar wallCalendar) {
        this.workingTime = workingTime;
        this.wallCalendar = wallCalendar;
    }

    @Override
    public Date resolveDuedate(String duedateDescription) {
        return resolveDuedate(duedateDescription, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Task task) {
        return resolveDuedate(duedateDescription, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Date startDate) {
        String description = duedateDescription.strip();
        if (description.startsWith(ELAPSED)) {
            return wallCalendar.resolveDuedate(
                    description.substring(ELAPSED.length()).strip(), startDate);
        }
        if (!description.startsWith("P")) {
            return wallCalendar.resolveDuedate(description, startDate);
        }
        Instant start = startDate == null ? ClockUtil.getCurrentTime().toInstant() : startDate.toInstant();
        try {
            return Date.from(workingTime.after(start, description));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ProcessEngineException(
                    "cannot resolve the working-day deadline '" + description + "': " + e.getMessage(), e);
        }
    }
}
