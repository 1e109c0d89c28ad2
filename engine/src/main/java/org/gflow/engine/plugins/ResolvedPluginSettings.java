package org.gflow.engine.plugins;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gflow.plugin.api.PluginSettings;

/** A plugin's checked settings. Its text form names the keys and hides the secrets' values. */
record ResolvedPluginSettings(Map<String, String> values, Set<String> secrets) implements PluginSettings {

    ResolvedPluginSettings {
        values = Map.copyOf(values);
        secrets = Set.copyOf(secrets);
    }

    @Override
    public Set<String> keys() {
        return values.keySet();
    }

    @Override
    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public String toString() {
        return values.keySet().stream()
                .sorted()
                .map(key -> key + "=" + (secrets.contains(key) ? "(secret)" : values.get(key)))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
