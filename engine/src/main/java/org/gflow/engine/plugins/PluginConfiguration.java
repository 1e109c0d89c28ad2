package org.gflow.engine.plugins;

import java.util.Locale;
import java.util.Optional;

/**
 * Where plugin settings come from: {@code gflow.plugins.config.<symbolic-name>.<key>}. Values of
 * ordinary settings may come from any configuration source; values of secret settings only from
 * the process environment, so a secret is never written into a configuration file.
 */
public interface PluginConfiguration {

    /** No setting configured: every plugin gets its defaults. */
    PluginConfiguration NONE = new PluginConfiguration() {
        @Override
        public Optional<String> value(String symbolicName, String key) {
            return Optional.empty();
        }

        @Override
        public Optional<String> environmentValue(String symbolicName, String key) {
            return Optional.empty();
        }

        @Override
        public boolean setOutsideEnvironment(String symbolicName, String key) {
            return false;
        }
    };

    /** The configured value, from any source; environment variables override files. */
    Optional<String> value(String symbolicName, String key);

    /** The value from the process environment only. */
    Optional<String> environmentValue(String symbolicName, String key);

    /** Whether a source other than the environment (a file, a command-line argument) sets it. */
    boolean setOutsideEnvironment(String symbolicName, String key);

    /** {@code gflow.plugins.config.<symbolic-name>.<key>}. */
    static String property(String symbolicName, String key) {
        return "gflow.plugins.config." + symbolicName + "." + key;
    }

    /** The environment variable that sets it: upper case, '.' and '-' as '_'. */
    static String environmentVariable(String symbolicName, String key) {
        return property(symbolicName, key).replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
