package org.gflow.engine.dispatch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.gflow.plugin.api.IntegrationCall;

/** A locked external task (fetched, or just created locked) as a plugin sees it: plain values, no Camunda types. */
record LockedTaskCall(
        String topic,
        String taskId,
        String processInstanceId,
        String processDefinitionKey,
        String businessKey,
        String activityId,
        Map<String, Object> variables,
        int retriesLeft)
        implements IntegrationCall {

    static LockedTaskCall of(LockedExternalTask task, int retriesLeft) {
        // VariableMap.get gives the deserialised values; copy them so the plugin holds no engine object.
        Map<String, Object> variables = new LinkedHashMap<>();
        task.getVariables().forEach(variables::put);
        return new LockedTaskCall(
                task.getTopicName(),
                task.getId(),
                task.getProcessInstanceId(),
                task.getProcessDefinitionKey(),
                task.getBusinessKey(),
                task.getActivityId(),
                Collections.unmodifiableMap(variables),
                retriesLeft);
    }

    /** The call for a task created just now by {@code execution}, made before the task is committed. */
    static LockedTaskCall of(ExternalTaskEntity task, ExecutionEntity execution, int retriesLeft) {
        // the same variables a fetch would give: every variable the task's execution sees, deserialised
        Map<String, Object> variables = new LinkedHashMap<>();
        execution.getVariables().forEach(variables::put);
        return new LockedTaskCall(
                task.getTopicName(),
                task.getId(),
                task.getProcessInstanceId(),
                task.getProcessDefinitionKey(),
                execution.getProcessBusinessKey(),
                task.getActivityId(),
                Collections.unmodifiableMap(variables),
                retriesLeft);
    }
}
