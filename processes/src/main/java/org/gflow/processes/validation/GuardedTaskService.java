package org.gflow.processes.validation;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Camunda's task service with every variable-writing operation first checked against the
 * task's declarations ({@link TaskVariablesGuard}). Set on the engine configuration by
 * {@link DeclaredVariablesPlugin}, so the REST API, G-Flow's own controllers and any code in
 * the engine meet the same rule.
 */
public class GuardedTaskService extends TaskServiceImpl {

  private TaskVariablesGuard guard() {
    return new TaskVariablesGuard(commandExecutor);
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    guard().checkCompletion(taskId, variables);
    super.complete(taskId, variables);
  }

  @Override
  public void complete(String taskId) {
    guard().checkCompletion(taskId, null);
    super.complete(taskId);
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    guard().checkCompletion(taskId, variables);
    return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    guard().checkWriteOnLeaving(taskId, variables);
    super.resolveTask(taskId, variables);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage,
      Map<String, Object> variables) {
    guard().checkWriteOnLeaving(taskId, variables);
    super.handleBpmnError(taskId, errorCode, errorMessage, variables);
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
    guard().checkWriteOnLeaving(taskId, variables);
    super.handleEscalation(taskId, escalationCode, variables);
  }

  @Override
  public void setVariable(String taskId, String variableName, Object value) {
    guard().checkDirectWrite(taskId, Collections.singletonMap(variableName, value), List.of());
    super.setVariable(taskId, variableName, value);
  }

  @Override
  public void setVariableLocal(String taskId, String variableName, Object value) {
    guard().checkDirectWrite(taskId, Collections.singletonMap(variableName, value), List.of());
    super.setVariableLocal(taskId, variableName, value);
  }

  @Override
  public void setVariables(String taskId, Map<String, ? extends Object> variables) {
    guard().checkDirectWrite(taskId, variables, List.of());
    super.setVariables(taskId, variables);
  }

  @Override
  public void setVariablesLocal(String taskId, Map<String, ? extends Object> variables) {
    guard().checkDirectWrite(taskId, variables, List.of());
    super.setVariablesLocal(taskId, variables);
  }

  @Override
  public void updateVariables(String taskId, Map<String, ? extends Object> modifications,
      Collection<String> deletions) {
    guard().checkDirectWrite(taskId, modifications, deletions);
    super.updateVariables(taskId, modifications, deletions);
  }

  @Override
  public void updateVariablesLocal(String taskId, Map<String, ? extends Object> modifications,
      Collection<String> deletions) {
    guard().checkDirectWrite(taskId, modifications, deletions);
    super.updateVariablesLocal(taskId, modifications, deletions);
  }

  @Override
  public void removeVariable(String taskId, String variableName) {
    guard().checkDirectWrite(taskId, Map.of(), List.of(variableName));
    super.removeVariable(taskId, variableName);
  }

  @Override
  public void removeVariableLocal(String taskId, String variableName) {
    guard().checkDirectWrite(taskId, Map.of(), List.of(variableName));
    super.removeVariableLocal(taskId, variableName);
  }

  @Override
  public void removeVariables(String taskId, Collection<String> variableNames) {
    guard().checkDirectWrite(taskId, Map.of(), variableNames);
    super.removeVariables(taskId, variableNames);
  }

  @Override
  public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
    guard().checkDirectWrite(taskId, Map.of(), variableNames);
    super.removeVariablesLocal(taskId, variableNames);
  }
}
