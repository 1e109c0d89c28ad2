package org.gflow.engine.plugins;

import java.nio.file.Path;
import java.util.List;
import org.gflow.plugin.api.PluginResources;

/**
 * What the host knows of one plugin. Immutable; the host replaces a record on every change.
 *
 * @param id the symbolic name, or the file name when the jar was refused before its name was known
 * @param symbolicName the bundle's symbolic name, null when the jar was refused before that
 * @param bundleId the framework's id of the bundle, -1 when it is not installed
 * @param lastError why the plugin failed, in the engine's words for an operator; null when it did not
 * @param failure what kind of failure that was, null when it did not fail
 */
public record PluginRecord(
        String id,
        String symbolicName,
        String version,
        PluginOrigin origin,
        Path file,
        PluginState state,
        long bundleId,
        List<String> forms,
        List<String> processes,
        List<String> elementTemplates,
        List<String> documents,
        List<String> messages,
        String lastError,
        PluginFailure failure) {

    public PluginRecord {
        forms = List.copyOf(forms);
        processes = List.copyOf(processes);
        elementTemplates = List.copyOf(elementTemplates);
        documents = List.copyOf(documents);
        messages = List.copyOf(messages);
    }

    /** A plugin the host refused or could not start. */
    static PluginRecord failed(
            String id,
            String symbolicName,
            String version,
            PluginOrigin origin,
            Path file,
            long bundleId,
            PluginFailure failure,
            String error) {
        return new PluginRecord(
                id,
                symbolicName,
                version,
                origin,
                file,
                PluginState.FAILED,
                bundleId,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                error,
                failure);
    }

    /** A plugin installed from {@code jar}, with the resources it brings. */
    static PluginRecord installed(
            PluginJar jar, PluginOrigin origin, PluginState state, long bundleId, PluginFailure failure, String error) {
        return new PluginRecord(
                jar.symbolicName(),
                jar.symbolicName(),
                jar.version(),
                origin,
                jar.file(),
                state,
                bundleId,
                jar.fileNames(PluginResources.FORMS, ".form"),
                jar.resources().keySet().stream()
                        .filter(name -> name.startsWith(PluginResources.PROCESSES))
                        .map(name -> name.substring(PluginResources.PROCESSES.length()))
                        .sorted()
                        .toList(),
                jar.fileNames(PluginResources.ELEMENT_TEMPLATES, ".json"),
                jar.fileNames(PluginResources.DOCUMENTS, ".json"),
                jar.fileNames(PluginResources.ROOT, ".properties"),
                error,
                failure);
    }

    /** The same plugin in another state, with no failure. */
    PluginRecord withState(PluginState newState) {
        return withState(newState, null, null);
    }

    /** The same plugin in another state, after this failure (null: none). */
    PluginRecord withState(PluginState newState, PluginFailure newFailure, String error) {
        return new PluginRecord(
                id,
                symbolicName,
                version,
                origin,
                file,
                newState,
                bundleId,
                forms,
                processes,
                elementTemplates,
                documents,
                messages,
                error,
                newFailure);
    }
}
