package org.gflow.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of Camunda's REST start for a shipped process, as its first civil servant fills it in:
 * the fields every such start needs, then what a test adds with {@link #with}.
 */
public final class StartBody {

    private final Map<String, Object> variables = new LinkedHashMap<>();
    private String businessKey;

    private StartBody() {}

    /** A permit application ({@code business-licence}, …) with the fields the permit model requires. */
    public static StartBody permit(
            String permitType, String applicantName, String businessSize, long investmentAmount) {
        return new StartBody()
                .with("permitType", permitType)
                .with("applicantName", applicantName)
                .with("businessSize", businessSize)
                .with("investmentAmount", investmentAmount);
    }

    /** An official letter of a ministry, drafted for the given recipients ({@link CamundaJson#list}). */
    public static StartBody letter(String ministry, String subject, String letterBody, Object recipients) {
        return new StartBody()
                .with("ministry", ministry)
                .with("subject", subject)
                .with("letterBody", letterBody)
                .with("recipients", recipients);
    }

    /** Adds a variable: a {@code long} travels as Camunda's Long, a map as the typed value it already is. */
    public StartBody with(String name, Object value) {
        if (value instanceof Map<?, ?> typed) {
            variables.put(name, typed);
        } else if (value instanceof Long number) {
            variables.put(name, Map.of("value", number, "type", "Long"));
        } else {
            variables.put(name, Map.of("value", value));
        }
        return this;
    }

    public StartBody businessKey(String key) {
        this.businessKey = key;
        return this;
    }

    /** The JSON body for {@code POST /engine-rest/process-definition/key/{key}/start}. */
    public Map<String, Object> json() {
        return businessKey == null
                ? Map.of("variables", variables)
                : Map.of("businessKey", businessKey, "variables", variables);
    }
}
