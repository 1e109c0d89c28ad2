package org.gflow.engine.plugins;

import java.util.List;
import org.gflow.plugin.api.PluginContext;
import org.osgi.framework.Bundle;

/**
 * Prepares what a plugin needs before it is installed — its settings checked against its
 * declaration, its message bundles read — and starts its declared integrations once its bundle
 * runs.
 */
final class PluginActivation {

    private final PluginSettingsResolver settings;
    private final HostServices services;

    PluginActivation(PluginConfiguration configuration, HostServices services) {
        this.settings = new PluginSettingsResolver(configuration);
        this.services = services;
    }

    /** @throws PluginRejectedException when the settings are refused or a message bundle cannot be read */
    PluginContext prepare(PluginJar jar) throws PluginRejectedException {
        ResolvedPluginSettings resolved = settings.resolve(jar);
        BundleMessages messages;
        try {
            messages = BundleMessages.of(jar);
        } catch (RuntimeException e) {
            throw new PluginRejectedException(
                    PluginFailure.NOT_A_PLUGIN, "message bundle cannot be read: " + PluginHost.reason(e), e);
        }
        return new HostPluginContext(jar.symbolicName(), resolved, messages, services);
    }

    /** @return the topics the plugin's factories serve */
    List<String> start(Bundle bundle, PluginContext context) throws PluginRejectedException {
        return DeclaredIntegrations.start(bundle, context);
    }
}
