package org.gflow.plugin.api.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gflow.plugin.api.IntegrationCall;

/**
 * An {@link IntegrationCall} built in a test, for calling an integration without an engine.
 * Shipped in the API's test jar so every plugin's tests use the same one.
 */
public record RecordedCall(
        String topic,
        String taskId,
        String processInstanceId,
        String processDefinitionKey,
        String businessKey,
        String activityId,
        Map<String, Object> variables,
        int retriesLeft)
        implements IntegrationCall {

    public RecordedCall {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** A first attempt (3 retries left) of a task on {@code topic} in process instance {@code pi-1}. */
    public static RecordedCall of(String topic, Map<String, ?> variables) {
        return new RecordedCall(
                topic, "task-1", "pi-1", "permit", null, "serviceTask", new LinkedHashMap<>(variables), 3);
    }

    /** The same call for another process instance. */
    public RecordedCall inInstance(String otherProcessInstanceId) {
        return new RecordedCall(
                topic,
                taskId,
                otherProcessInstanceId,
                processDefinitionKey,
                businessKey,
                activityId,
                variables,
                retriesLeft);
    }
}
