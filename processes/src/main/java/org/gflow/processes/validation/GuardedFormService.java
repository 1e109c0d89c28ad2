package org.gflow.processes.validation;

import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Camunda's form service with a task form's submission held to the task's declarations, as a
 * completion is ({@link GuardedTaskService}). Start forms are checked by the start event.
 */
public class GuardedFormService extends FormServiceImpl {

    private TaskVariablesGuard guard() {
        return new TaskVariablesGuard(commandExecutor);
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        guard().completing(taskId, properties, () -> {
            super.submitTaskForm(taskId, properties);
            return null;
        });
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(
            String taskId, Map<String, Object> properties, boolean deserializeValues) {
        return guard().completing(
                        taskId,
                        properties,
                        () -> super.submitTaskFormWithVariablesInReturn(taskId, properties, deserializeValues));
    }

    @Override
    public void submitTaskFormData(String taskId, Map<String, String> properties) {
        guard().completing(taskId, properties, () -> {
            super.submitTaskFormData(taskId, properties);
            return null;
        });
    }
}
