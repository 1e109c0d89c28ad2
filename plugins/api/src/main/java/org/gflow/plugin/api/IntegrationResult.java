package org.gflow.plugin.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a successful {@link Integration} call hands back: variables to set on the case. */
public final class IntegrationResult {

    private static final IntegrationResult EMPTY = new IntegrationResult(Map.of());

    private final Map<String, Object> variables;

    private IntegrationResult(Map<String, Object> variables) {
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** Completes the task without setting variables. */
    public static IntegrationResult done() {
        return EMPTY;
    }

    /** Completes the task and sets these variables (names to plain Java values) on the case. */
    public static IntegrationResult of(Map<String, ?> variables) {
        return new IntegrationResult(new LinkedHashMap<>(variables));
    }

    /** Completes the task and sets one variable on the case. */
    public static IntegrationResult of(String name, Object value) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(name, value);
        return new IntegrationResult(one);
    }

    /** The variables to set, in the order given. Unmodifiable. */
    public Map<String, Object> variables() {
        return variables;
    }
}
