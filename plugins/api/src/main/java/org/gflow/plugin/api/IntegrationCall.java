package org.gflow.plugin.api;

import java.util.Map;
import java.util.Optional;

/**
 * One unit of work handed to an {@link Integration}: a locked external task of the engine.
 * Immutable; valid only during the call.
 */
public interface IntegrationCall {

    /** The topic the task was created for. */
    String topic();

    /** Id of the task; the same id is seen again only if the previous attempt failed. */
    String taskId();

    /** Id of the process instance (the case) the task belongs to. */
    String processInstanceId();

    /** Key of the process definition, for example {@code permit}. */
    String processDefinitionKey();

    /** Business key of the case (a tracking or application number), or {@code null}. */
    String businessKey();

    /** Id of the BPMN activity, so one integration can serve several steps differently. */
    String activityId();

    /**
     * The case's variables visible to the task, as plain Java values: strings, numbers,
     * booleans, {@link java.util.Date}s, lists and maps. Unmodifiable.
     */
    Map<String, Object> variables();

    /** How many attempts are left after this one fails; 0 on the last attempt. */
    int retriesLeft();

    /** A variable, if present and not null. */
    default Optional<Object> variable(String name) {
        return Optional.ofNullable(variables().get(name));
    }

    /**
     * A variable that the process must supply, as text.
     *
     * @throws IllegalArgumentException naming the variable when it is missing or blank
     */
    default String requireText(String name) {
        Object value = variables().get(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("missing variable '" + name + "'");
        }
        return value.toString();
    }
}
