package org.gflow.processes.validation;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Camunda's task service with every variable-writing operation checked against the task's
 * declarations ({@link TaskVariablesGuard}) in the same command. Set on the engine
 * configuration by {@link DeclaredVariablesPlugin}, so the REST API, G-Flow's own controllers
 * and any code in the engine meet the same rule.
 */
public class GuardedTaskService extends TaskServiceImpl {

    private TaskVariablesGuard guard() {
        return new TaskVariablesGuard(commandExecutor);
    }

    @Override
    public void complete(String taskId) {
        guard().completing(taskId, null, () -> {
            super.complete(taskId);
            return null;
        });
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        guard().completing(taskId, variables, () -> {
            super.complete(taskId, variables);
            return null;
        });
    }

    @Override
    public VariableMap completeWithVariablesInReturn(
            String taskId, Map<String, Object> variables, boolean deserializeValues) {
        return guard().completing(
                        taskId,
                        variables,
                        () -> super.completeWithVariablesInReturn(taskId, variables, deserializeValues));
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
        guard().leaving(taskId, variables, () -> {
            super.resolveTask(taskId, variables);
            return null;
        });
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
        guard().leaving(taskId, variables, () -> {
            super.handleBpmnError(taskId, errorCode, errorMessage, variables);
            return null;
        });
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
        guard().leaving(taskId, variables, () -> {
            super.handleEscalation(taskId, escalationCode, variables);
            return null;
        });
    }

    @Override
    public void setVariable(String taskId, String variableName, Object value) {
        guard().writing(
                        taskId,
                        Collections.singletonMap(variableName, value),
                        List.of(),
                        () -> super.setVariable(taskId, variableName, value));
    }

    @Override
    public void setVariableLocal(String taskId, String variableName, Object value) {
        guard().writing(
                        taskId,
                        Collections.singletonMap(variableName, value),
                        List.of(),
                        () -> super.setVariableLocal(taskId, variableName, value));
    }

    @Override
    public void setVariables(String taskId, Map<String, ? extends Object> variables) {
        guard().writing(taskId, variables, List.of(), () -> super.setVariables(taskId, variables));
    }

    @Override
    public void setVariablesLocal(String taskId, Map<String, ? extends Object> variables) {
        guard().writing(taskId, variables, List.of(), () -> super.setVariablesLocal(taskId, variables));
    }

    @Override
    public void updateVariables(
            String taskId, Map<String, ? extends Object> modifications, Collection<String> deletions) {
        guard().writing(
                        taskId,
                        modifications,
                        deletions,
                        () -> super.updateVariables(taskId, modifications, deletions));
    }

    @Override
    public void updateVariablesLocal(
            String taskId, Map<String, ? extends Object> modifications, Collection<String> deletions) {
        guard().writing(
                        taskId,
                        modifications,
                        deletions,
                        () -> super.updateVariablesLocal(taskId, modifications, deletions));
    }

    @Override
    public void removeVariable(String taskId, String variableName) {
        guard().writing(taskId, Map.of(), List.of(variableName), () -> super.removeVariable(taskId, variableName));
    }

    @Override
    public void removeVariableLocal(String taskId, String variableName) {
        guard().writing(taskId, Map.of(), List.of(variableName), () -> super.removeVariableLocal(taskId, variableName));
    }

    @Override
    public void removeVariables(String taskId, Collection<String> variableNames) {
        guard().writing(taskId, Map.of(), variableNames, () -> super.removeVariables(taskId, variableNames));
    }

    @Override
    public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
        guard().writing(taskId, Map.of(), variableNames, () -> super.removeVariablesLocal(taskId, variableNames));
    }
}
