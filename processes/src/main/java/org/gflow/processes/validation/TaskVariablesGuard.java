package org.gflow.processes.validation;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Holds every way of writing variables through a task to the task's declarations
 * ({@link TaskVariables}): completing, resolving, submitting its form or throwing an error or
 * escalation from it — for everyone — and writing or removing its variables directly — for
 * everyone but administrators and the engine itself. Tasks outside a BPMN process have no
 * model and are left alone. The check and the write run in one command, so the task is read
 * once and nothing changes between them.
 */
final class TaskVariablesGuard {

    private final CommandExecutor commands;

    TaskVariablesGuard(CommandExecutor commands) {
        this.commands = commands;
    }

    /** A completion or form submission: only declared variables, and every required one. */
    <T> T completing(String taskId, Map<String, ?> variables, Supplier<T> completion) {
        return commands.execute(new TaskCompletion<>(taskId, variables, completion));
    }

    /** Resolving a delegated task, or an error or escalation thrown from it: only declared variables. */
    <T> T leaving(String taskId, Map<String, ?> variables, Supplier<T> action) {
        return commands.execute(context -> {
            if (variables != null && !variables.isEmpty()) {
                check(context, taskId, variables, false);
            }
            return action.get();
        });
    }

    /** A direct write or removal of a task's (local) variables. */
    void writing(String taskId, Map<String, ?> variables, Collection<String> removed, Runnable write) {
        commands.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            TaskVariables declared = declaredFor(task);
            if (declared != null && !isAdministratorOrEngine(context)) {
                // Someone who may not touch the task hears that first, not what it may write.
                context.getProcessEngineConfiguration()
                        .getCommandCheckers()
                        .forEach(checker -> checker.checkUpdateTaskVariable(task));
                declared.checkWrite(variables, task::getVariable);
                declared.checkRemoval(removed);
            }
            write.run();
            return null;
        });
    }

    static void check(CommandContext context, String taskId, Map<String, ?> variables, boolean completion) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        TaskVariables declared = declaredFor(task);
        if (declared == null) {
            return;
        }
        context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
        declared.checkWrite(variables, task::getVariable);
        if (completion) {
            declared.checkAnswered(variables);
        }
    }

    /** The task's declarations; null for an unknown task (Camunda reports it) or one without a model. */
    private static TaskVariables declaredFor(TaskEntity task) {
        if (task == null || task.getProcessDefinitionId() == null) {
            return null;
        }
        ProcessDefinitionEntity definition = task.getProcessDefinition();
        ActivityImpl activity = definition == null ? null : definition.findActivity(task.getTaskDefinitionKey());
        return activity == null ? null : (TaskVariables) activity.getProperty(TaskVariables.PROPERTY);
    }

    private static boolean isAdministratorOrEngine(CommandContext context) {
        Authentication caller = context.getAuthentication();
        return caller == null
                || caller.getUserId() == null
                || context.getAuthorizationManager().isCamundaAdmin(caller);
    }
}
