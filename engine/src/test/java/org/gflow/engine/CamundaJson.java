package org.gflow.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the variable maps of Camunda's REST API: {@code {"name": {"value": …}}}. */
public final class CamundaJson {

    private CamundaJson() {}

    /** {@code variables("a", 1, "b", "x")} → {@code {"variables": {"a": {"value": 1}, …}}} */
    public static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], Map.of("value", namesAndValues[i + 1]));
        }
        return Map.of("variables", variables);
    }

    /** A list variable as Camunda's REST API takes one: a Java list, serialized as JSON. */
    public static Map<String, Object> list(String... items) {
        String json = "["
                + String.join(
                        ",",
                        java.util.Arrays.stream(items).map(i -> "\"" + i + "\"").toList()) + "]";
        return Map.of(
                "value",
                json,
                "type",
                "Object",
                "valueInfo",
                Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json"));
    }
}
