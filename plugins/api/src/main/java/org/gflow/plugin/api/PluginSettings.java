package org.gflow.plugin.api;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * A plugin's settings: the values the engine's operators configured for it, checked against the
 * settings the plugin declares in {@code gflow/settings.json} (see
 * {@link PluginResources#SETTINGS}) before the plugin was installed.
 *
 * <p>The engine reads {@code gflow.plugins.config.<symbolic-name>.<key>} from its configuration
 * ({@code application.yaml}), each overridable by an environment variable
 * ({@code GFLOW_PLUGINS_CONFIG_<SYMBOLIC_NAME>_<KEY>}, upper case, '-' and '.' as '_'). A setting
 * declared {@code secret} is read from the environment only, and never logged or shown.
 *
 * <p>Because the engine validated the values at install, a required setting is always there and
 * every value has its declared type: the typed getters fail only on a key the plugin did not
 * declare, or an optional one without default that was not set. Immutable and thread-safe.
 */
public interface PluginSettings {

    /** The keys that have a value (configured or by default). */
    Set<String> keys();

    /** The value of a setting, if it has one. */
    Optional<String> find(String key);

    /**
     * The value of a setting as text.
     *
     * @throws IllegalArgumentException when the setting has no value
     */
    default String text(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("setting '" + key + "' has no value"));
    }

    /** The value of an {@link SettingType#INTEGER} setting. */
    default long integer(String key) {
        return Long.parseLong(text(key).strip());
    }

    /** The value of a {@link SettingType#BOOLEAN} setting. */
    default boolean flag(String key) {
        return Boolean.parseBoolean(text(key).strip());
    }

    /** The value of a {@link SettingType#URL} setting. */
    default URI url(String key) {
        return URI.create(text(key).strip());
    }

    /** The value of a {@link SettingType#DURATION} setting. */
    default Duration duration(String key) {
        return SettingValues.duration(text(key));
    }
}
