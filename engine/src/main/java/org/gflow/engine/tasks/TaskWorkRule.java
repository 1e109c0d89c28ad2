package org.gflow.engine.tasks;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Comments and files are part of working a task: writing them takes the right to work it
 * (Camunda's {@code TASK_WORK}, as for claiming and completing), or — for the case as a whole —
 * the right to work one of its open tasks. Reading them takes the right to read the task or
 * its case. Administrators may do both.
 */
final class TaskWorkRule {

    void work(CommandContext context, TaskEntity task, Acting actor) {
        if (!actor.admin() && !mayWork(context, task)) {
            throw new TaskRefusal(
                    TaskRefusal.NOT_TASK_WORKER,
                    "Only those who work on this task may comment on it or attach files to it.");
        }
    }

    void workOnCase(CommandContext context, String processInstanceId, Acting actor) {
        if (actor.admin()) {
            return;
        }
        boolean worksOnIt = context.getTaskManager().findTasksByProcessInstanceId(processInstanceId).stream()
                .anyMatch(task -> mayWork(context, task));
        if (!worksOnIt) {
            throw new TaskRefusal(
                    TaskRefusal.NOT_TASK_WORKER,
                    "Only those who work on one of this case's open tasks may comment on it or attach files to it.");
        }
    }

    void readTask(CommandContext context, String taskId, Acting actor) {
        if (actor.admin()) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task != null && mayRead(context, task)) {
            return;
        }
        String processInstanceId = task != null ? task.getProcessInstanceId() : historicCaseOf(context, taskId);
        if (processInstanceId == null || !mayReadCase(processInstanceId, context)) {
            throw new TaskRefusal(TaskRefusal.FORBIDDEN, "You may not read the comments or files of this task.");
        }
    }

    void readCase(CommandContext context, String processInstanceId, Acting actor) {
        if (!actor.admin() && !mayReadCase(processInstanceId, context)) {
            throw new TaskRefusal(TaskRefusal.FORBIDDEN, "You may not read the comments or files of this case.");
        }
    }

    private static boolean mayWork(CommandContext context, TaskEntity task) {
        try {
            for (CommandChecker checker :
                    context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
            return true;
        } catch (AuthorizationException refused) {
            return false;
        }
    }

    static boolean mayRead(CommandContext context, TaskEntity task) {
        try {
            for (CommandChecker checker :
                    context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkReadTask(task);
            }
            return true;
        } catch (AuthorizationException refused) {
            return false;
        }
    }

    /** May the acting person read the case's history (the groups it was offered to, overseers)? */
    private static boolean mayReadCase(String processInstanceId, CommandContext context) {
        return context.getProcessEngineConfiguration()
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count()
                > 0;
    }

    private static String historicCaseOf(CommandContext context, String taskId) {
        HistoricTaskInstanceEntity historic =
                context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
        return historic == null ? null : historic.getProcessInstanceId();
    }
}
