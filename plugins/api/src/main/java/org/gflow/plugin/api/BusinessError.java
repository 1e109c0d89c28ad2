package org.gflow.plugin.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Thrown by an {@link Integration} when the case must take another path: the engine throws a
 * BPMN error with {@link #code()} at the service task, which a boundary error event with the
 * same error code catches. Not retried. If nothing in the model catches the code, the task
 * ends as Camunda ends an uncaught BPMN error.
 */
public class BusinessError extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final Map<String, Object> variables;

    /**
     * @param code the BPMN error code the model catches, for example {@code WRONG_AMOUNT}
     * @param message a sentence for the case's history, in the language of the ministry
     */
    public BusinessError(String code, String message) {
        this(code, message, Map.of());
    }

    /**
     * @param variables variables to set on the case together with the error
     */
    public BusinessError(String code, String message, Map<String, ?> variables) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** The BPMN error code. */
    public String code() {
        return code;
    }

    /** Variables to set on the case with the error. Unmodifiable. */
    public Map<String, Object> variables() {
        return variables;
    }
}
