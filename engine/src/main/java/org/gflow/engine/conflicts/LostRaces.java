package org.gflow.engine.conflicts;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.HistoricExternalTaskLogQueryImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.gflow.engine.errors.ConflictException;
import org.gflow.processes.validation.TaskCompletion;

/**
 * Tells a lost race from a wrong id. Camunda answers "cannot find task" both for an id that never
 * existed and for a task someone else completed a moment ago; only the second is a conflict the
 * user can act on (reload, the case has moved on), so the history decides. The same for an
 * external task now locked by another worker.
 */
final class LostRaces {

    private LostRaces() {}

    /** The failure to give the caller: a {@link ConflictException} when someone else was first. */
    static RuntimeException explain(Command<?> command, RuntimeException failure, CommandExecutor engine) {
        // Not only "cannot find task": a loser that read the task just before the winner committed and
        // its execution just after fails with whatever the moved-on case says ("the join doesn't accept
        // signals"). Whatever the failure, if the task has ended meanwhile, someone else was first.
        if (failure instanceof AuthorizationException) {
            return failure;
        }
        try {
            if (command instanceof CompleteTaskCmd
                    || command instanceof SubmitTaskFormCmd
                    || command instanceof ClaimTaskCmd
                    || command instanceof TaskCompletion) {
                String taskId = command instanceof TaskCompletion<?> completion
                        ? completion.taskId()
                        : field(command, "taskId");
                if (engine.execute(context -> userTaskEnded(context, taskId))) {
                    return new ConflictException(
                            ConflictException.TASK_ALREADY_COMPLETED,
                            "Someone else completed this task first, or its case was closed.");
                }
            } else if (command instanceof HandleExternalTaskCmd) {
                String taskId = field(command, "externalTaskId");
                String workerId = field(command, "workerId");
                String conflict = engine.execute(context -> externalTaskConflict(context, taskId, workerId));
                if (conflict != null) {
                    return new ConflictException(
                            conflict,
                            ConflictException.TASK_LOCKED_BY_OTHER.equals(conflict)
                                    ? "Another worker holds this task now: this worker's lock ran out."
                                    : "This task was already completed by another worker, or its case was closed.");
                }
            }
        } catch (RuntimeException lookupFailed) {
            failure.addSuppressed(lookupFailed);
        }
        return failure;
    }

    private static boolean userTaskEnded(CommandContext context, String taskId) {
        if (taskId == null || context.getTaskManager().findTaskById(taskId) != null) {
            return false;
        }
        var past = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
        return past != null && past.getEndTime() != null;
    }

    private static String externalTaskConflict(CommandContext context, String taskId, String workerId) {
        if (taskId == null) {
            return null;
        }
        ExternalTaskEntity current = context.getExternalTaskManager().findExternalTaskById(taskId);
        if (current != null) {
            boolean lockedByOther =
                    current.getWorkerId() != null && !current.getWorkerId().equals(workerId);
            return lockedByOther ? ConflictException.TASK_LOCKED_BY_OTHER : null;
        }
        HistoricExternalTaskLogQueryImpl pastOfTask = new HistoricExternalTaskLogQueryImpl(null);
        pastOfTask.externalTaskId(taskId);
        context.disableAuthorizationCheck();
        long logged = context.getHistoricExternalTaskLogManager()
                .findHistoricExternalTaskLogsCountByQueryCriteria(pastOfTask);
        return logged > 0 ? ConflictException.TASK_ALREADY_COMPLETED : null;
    }

    /** Camunda's commands keep their target in a protected field and offer no getter. */
    private static String field(Command<?> command, String name) {
        for (Class<?> type = command.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (String) field.get(command);
            } catch (NoSuchFieldException e) {
                // declared further up: ExternalTaskCmd keeps the id, HandleExternalTaskCmd the worker
            } catch (IllegalAccessException e) {
                return null;
            }
        }
        return null;
    }

    /** Fails at start-up, not at the first lost race, if a Camunda upgrade renamed the fields read here. */
    static void requireCommandFields() {
        requireField(CompleteTaskCmd.class, "taskId");
        requireField(SubmitTaskFormCmd.class, "taskId");
        requireField(ClaimTaskCmd.class, "taskId");
        requireField(ExternalTaskCmd.class, "externalTaskId");
        requireField(HandleExternalTaskCmd.class, "workerId");
    }

    private static void requireField(Class<?> type, String name) {
        try {
            type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no field " + name, e);
        }
    }
}
