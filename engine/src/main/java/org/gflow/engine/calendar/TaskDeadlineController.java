package org.gflow.engine.calendar;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gflow.engine.errors.ProblemException;
import org.gflow.processes.calendar.WorkingTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task's due date with the working days left until it, for the task page's badge: the
 * server counts, as it knows the public holidays. Only for a task the caller may see (Camunda's
 * authorization on the task query); any other is "not found".
 */
@RestController
class TaskDeadlineController {

    /** A task's deadline: {@code due} null when it has none, and then no count either. */
    record TaskDeadline(Date due, Integer workingDaysLeft) {}

    private final TaskService taskService;
    private final WorkingTime workingTime;
    private final Clock clock = Clock.systemUTC();

    TaskDeadlineController(TaskService taskService, WorkingTime workingTime) {
        this.taskService = taskService;
        this.workingTime = workingTime;
    }

    @GetMapping("/api/inbox/tasks/{taskId}/deadline")
    TaskDeadline deadline(@PathVariable("taskId") String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw ProblemException.notFound();
        }
        Date due = task.getDueDate();
        return new TaskDeadline(
                due, due == null ? null : workingTime.workingDaysLeft(clock.instant(), due.toInstant()));
    }
}
