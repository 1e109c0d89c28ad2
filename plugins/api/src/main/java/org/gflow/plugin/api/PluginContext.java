package org.gflow.plugin.api;

/**
 * What the engine hands a plugin's {@link IntegrationFactory}: its settings, its messages and the
 * engine's services. One context per plugin start; thread-safe, so integrations may keep it and
 * use it from every call.
 */
public interface PluginContext {

    /** The plugin's bundle symbolic name, e.g. {@code moic-business-licence}. */
    String symbolicName();

    /** The plugin's settings, checked against its declaration before the plugin started. */
    PluginSettings settings();

    /** The plugin's Lao and English texts from {@code gflow/messages_*.properties}. */
    PluginMessages messages();

    /**
     * A service the engine offers plugins, such as {@link NumberSeries} or
     * {@link org.gflow.plugin.api.hotline.PublicAnswerBoard}. Ask for it in each call rather than
     * once in {@link IntegrationFactory#create}: a test engine may run without one.
     *
     * @throws IllegalStateException when this engine does not offer the service; thrown from a call,
     *         it is a technical failure that the engine retries
     */
    <T> T hostService(Class<T> type);
}
