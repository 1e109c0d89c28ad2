package org.gflow.plugin.api.sms;

import org.gflow.plugin.api.PluginContext;

/**
 * Creates a plugin's SMS gateway when the plugin starts, from its settings (the provider's address,
 * account and secret, declared in {@code gflow/settings.json}). Needs a public no-argument
 * constructor; listed in {@link org.gflow.plugin.api.PluginResources#SMS_GATEWAY_FACTORIES}.
 */
public interface SmsGatewayFactory {

    SmsGateway create(PluginContext context);
}
