package org.gflow.engine.plugins;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One setting as a plugin declares it in {@code gflow/settings.json}.
 *
 * @param type a {@link org.gflow.plugin.api.SettingType} in lower case; {@code text} when absent
 * @param defaultValue the value when none is configured; null for none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SettingDeclaration(
        @JsonProperty("key") String key,
        @JsonProperty("type") String type,
        @JsonProperty("required") boolean required,
        @JsonProperty("secret") boolean secret,
        @JsonProperty("default") String defaultValue,
        @JsonProperty("description") String description) {}
