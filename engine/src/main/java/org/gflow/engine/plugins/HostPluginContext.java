package org.gflow.engine.plugins;

import org.gflow.plugin.api.PluginContext;
import org.gflow.plugin.api.PluginMessages;
import org.gflow.plugin.api.PluginSettings;

/** What the host hands one plugin's integration factories. */
record HostPluginContext(String symbolicName, PluginSettings settings, PluginMessages messages, HostServices services)
        implements PluginContext {

    @Override
    public <T> T hostService(Class<T> type) {
        return services.find(type)
                .orElseThrow(
                        () -> new IllegalStateException("the engine offers no " + type.getSimpleName() + " service"));
    }
}
