package org.gflow.plugin.api.testing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gflow.plugin.api.PluginContext;
import org.gflow.plugin.api.PluginMessages;
import org.gflow.plugin.api.PluginSettings;

/**
 * A {@link PluginContext} built in a test, for creating a plugin's integrations without an engine:
 * settings and Lao texts as maps, host services registered by type. Shipped in the API's test jar.
 * Unlike the engine it does not check the settings against the plugin's declaration.
 */
public final class TestPluginContext implements PluginContext {

    private final String symbolicName;
    private final Map<String, String> settings;
    private final Map<String, String> laoTexts;
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    private TestPluginContext(String symbolicName, Map<String, String> settings, Map<String, String> laoTexts) {
        this.symbolicName = symbolicName;
        this.settings = Map.copyOf(settings);
        this.laoTexts = Map.copyOf(laoTexts);
    }

    /** A context with these settings and no texts. */
    public static TestPluginContext of(String symbolicName, Map<String, String> settings) {
        return new TestPluginContext(symbolicName, settings, Map.of());
    }

    /** The same context with these Lao texts (every language reads them). */
    public TestPluginContext withTexts(Map<String, String> texts) {
        TestPluginContext copy = new TestPluginContext(symbolicName, settings, texts);
        copy.services.putAll(services);
        return copy;
    }

    /** Registers a host service the integration may ask for. */
    public <T> TestPluginContext withService(Class<T> type, T service) {
        services.put(type, service);
        return this;
    }

    @Override
    public String symbolicName() {
        return symbolicName;
    }

    @Override
    public PluginSettings settings() {
        return new PluginSettings() {
            @Override
            public Set<String> keys() {
                return settings.keySet();
            }

            @Override
            public Optional<String> find(String key) {
                return Optional.ofNullable(settings.get(key));
            }
        };
    }

    @Override
    public PluginMessages messages() {
        return new PluginMessages() {
            @Override
            public String text(String key, Locale locale) {
                return laoTexts.getOrDefault(key, key);
            }

            @Override
            public Map<String, String> all(Locale locale) {
                return new TreeMap<>(laoTexts);
            }
        };
    }

    @Override
    public <T> T hostService(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalStateException("the test registered no " + type.getSimpleName() + " service");
        }
        return type.cast(service);
    }
}
