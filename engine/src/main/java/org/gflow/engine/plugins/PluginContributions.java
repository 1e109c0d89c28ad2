package org.gflow.engine.plugins;

/**
 * Where a plugin's resources go in the engine: forms and models to Camunda, document layouts to
 * the renderer. Called by the host on the thread that installs, updates or uninstalls the plugin.
 */
public interface PluginContributions {

    /**
     * A plugin version was installed or updated: take its resources.
     *
     * @throws RuntimeException when a resource is refused (e.g. a BPMN that does not parse); the
     *         host then records the plugin as failed with the message
     */
    void publish(PluginJar jar);

    /** A plugin was uninstalled or is being replaced: forget what it brought, where that can be undone. */
    void withdraw(String symbolicName);
}
