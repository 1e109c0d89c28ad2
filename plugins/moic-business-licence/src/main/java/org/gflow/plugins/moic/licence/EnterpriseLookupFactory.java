package org.gflow.plugins.moic.licence;

import org.gflow.plugin.api.Integration;
import org.gflow.plugin.api.IntegrationFactory;
import org.gflow.plugin.api.PluginContext;

/**
 * Creates the enterprise lookup over the registry its {@code registry-source} setting names (the
 * extract shipped in the plugin by default). The forms, the fee table and the certificate layout
 * need no code: the engine reads them from {@code gflow/}.
 */
public final class EnterpriseLookupFactory implements IntegrationFactory {

    /** The setting naming the registry extract. */
    public static final String REGISTRY_SOURCE = "registry-source";

    @Override
    public Integration create(PluginContext context) {
        return new EnterpriseLookupIntegration(
                EnterpriseRegistry.from(context.settings().text(REGISTRY_SOURCE)));
    }
}
