package org.gflow.engine.plugins;

import java.util.List;

/**
 * A plugin as {@code GET /api/plugins} shows it.
 *
 * @param settings the names of the settings the plugin was given (configured or by default); never their values
 * @param lastError the engine's own words on why it failed, the technical detail for an administrator
 * @param failure what kind of failure that was, which the admin page says in the reader's language
 */
public record PluginView(
        String id,
        String symbolicName,
        String version,
        PluginOrigin origin,
        PluginState state,
        List<String> topics,
        List<String> forms,
        List<String> processes,
        List<String> elementTemplates,
        List<String> documents,
        List<String> messages,
        List<String> settings,
        String lastError,
        PluginFailure failure) {

    static PluginView of(PluginRecord record, List<String> topics, List<String> settings) {
        return new PluginView(
                record.id(),
                record.symbolicName(),
                record.version(),
                record.origin(),
                record.state(),
                topics,
                record.forms(),
                record.processes(),
                record.elementTemplates(),
                record.documents(),
                record.messages(),
                settings,
                record.lastError(),
                record.failure());
    }
}
