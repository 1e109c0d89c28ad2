package org.gflow.plugin.api;

/**
 * Creates one of a plugin's integrations. This is how a plugin registers its work with the
 * engine: no activator, no OSGi code. List each factory's class name, one per line, in the
 * bundle's {@code META-INF/services/org.gflow.plugin.api.IntegrationFactory}; each needs a public
 * constructor without arguments.
 *
 * <p><b>When.</b> The host calls {@link #create(PluginContext)} once each time the plugin starts:
 * after install, after an update, and after an administrator starts it again. It runs on the
 * thread that installs the plugin (the directory watcher or the admin API's request thread),
 * before any call reaches the integration; the plugin's settings have already been checked
 * against its declaration. There is no time limit, so do not wait for remote systems here —
 * connect lazily, in the first call.
 *
 * <p><b>Failure.</b> If {@code create} throws, the plugin is recorded as failed with the
 * exception's message ({@code lastError} in the admin API), none of its integrations is served,
 * and the engine and the other plugins go on. When the plugin stops, the engine stops serving
 * what was created; the next start creates new integrations.
 */
public interface IntegrationFactory {

    /**
     * @param context the plugin's settings, messages and the engine's services
     * @return the integration, serving its {@link Integration#topic()}
     * @throws Exception when the plugin cannot work, e.g. a setting points at a missing file
     */
    Integration create(PluginContext context) throws Exception;
}
