package org.gflow.processes.validation;

import java.util.Collection;
import java.util.Map;
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
 * model and are left alone.
 */
final class TaskVariablesGuard {

  private final CommandExecutor commands;

  TaskVariablesGuard(CommandExecutor commands) {
    this.commands = commands;
  }

  /**
   * Before a completion or form submission: only declared variables, and every required one.
   */
  void checkCompletion(String taskId, Map<String, ?> variables) {
    check(taskId, variables, true);
  }

  /** Before resolving a delegated task or throwing an error or escalation from it: only declared variables. */
  void checkWriteOnLeaving(String taskId, Map<String, ?> variables) {
    if (variables != null && !variables.isEmpty()) {
      check(taskId, variables, false);
    }
  }

  private void check(String taskId, Map<String, ?> variables, boolean completion) {
    commands.execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      TaskVariables declared = declaredFor(task);
      if (declared != null) {
        // Someone who may not work on the task hears that first, not what it may write.
        context.getProcessEngineConfiguration().getCommandCheckers()
            .forEach(checker -> checker.checkTaskWork(task));
        declared.checkWrite(variables, task::getVariable);
        if (completion) {
          declared.checkAnswered(variables);
        }
      }
      return null;
    });
  }

  /** Before a direct write or removal of a task's (local) variables. */
  void checkDirectWrite(String taskId, Map<String, ?> variables, Collection<String> removed) {
    commands.execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      TaskVariables declared = declaredFor(task);
      if (declared != null && !isAdministratorOrEngine(context)) {
        context.getProcessEngineConfiguration().getCommandCheckers()
            .forEach(checker -> checker.checkUpdateTaskVariable(task));
        declared.checkWrite(variables, task::getVariable);
        declared.checkRemoval(removed);
      }
      return null;
    });
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
    return caller == null || caller.getUserId() == null
        || context.getAuthorizationManager().isCamundaAdmin(caller);
  }
}
