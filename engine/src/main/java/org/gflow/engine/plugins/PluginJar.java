package org.gflow.engine.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gflow.plugin.api.PluginResources;

/**
 * A plugin jar that passed inspection: its bundle identity and its resources under
 * {@code gflow/}, read once so the host never reopens the file after handing it to the framework.
 *
 * @param resources entry names (e.g. {@code gflow/forms/permit-review.form}) to their bytes
 */
public record PluginJar(Path file, String symbolicName, String version, Map<String, byte[]> resources) {

    public PluginJar {
        resources = Map.copyOf(resources);
    }

    /** Forms and BPMN/DMN models: one Camunda deployment per plugin version. */
    public Map<String, byte[]> deployableResources() {
        Map<String, byte[]> deployable = new TreeMap<>();
        resources.forEach((name, bytes) -> {
            boolean form = name.startsWith(PluginResources.FORMS) && name.endsWith(".form");
            boolean model =
                    name.startsWith(PluginResources.PROCESSES) && (name.endsWith(".bpmn") || name.endsWith(".dmn"));
            if (form || model) {
                deployable.put(name, bytes);
            }
        });
        return deployable;
    }

    /** Entries in {@code folder} whose name ends with {@code suffix}, sorted, file names only. */
    public List<String> fileNames(String folder, String suffix) {
        return resources.keySet().stream()
                .filter(name ->
                        name.startsWith(folder) && name.endsWith(suffix) && name.indexOf('/', folder.length()) < 0)
                .map(name -> name.substring(folder.length()))
                .sorted()
                .toList();
    }
}
