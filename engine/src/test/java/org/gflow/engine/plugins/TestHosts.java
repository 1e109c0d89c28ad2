package org.gflow.engine.plugins;

import java.util.Map;
import java.util.Optional;

/** A plugin host for tests outside this package, with plugin settings as the engine's configuration gives them. */
public final class TestHosts {

    private TestHosts() {}

    /** @param settings by {@code <symbolic-name>.<key>}, as under {@code gflow.plugins.config} */
    public static PluginHost configured(PluginFramework framework, Map<String, String> settings) {
        PluginConfiguration configuration = new PluginConfiguration() {
            @Override
            public Optional<String> value(String symbolicName, String key) {
                return Optional.ofNullable(settings.get(symbolicName + "." + key));
            }

            @Override
            public Optional<String> environmentValue(String symbolicName, String key) {
                return value(symbolicName, key);
            }

            @Override
            public boolean setOutsideEnvironment(String symbolicName, String key) {
                return false;
            }
        };
        return new PluginHost(
                framework,
                new PluginTrust(Optional.empty(), false, new InMemoryPluginSignerPins()),
                new RecordingContributions(),
                new PluginActivation(configuration, HostServices.NONE));
    }
}
