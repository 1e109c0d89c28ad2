package org.gflow.engine.plugins;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.gflow.plugin.api.PluginMessages;
import org.gflow.plugin.api.PluginResources;

/** A plugin's Lao and English texts, read once from its jar in UTF-8. */
final class BundleMessages implements PluginMessages {

    private final Map<String, String> lao;
    private final Map<String, String> english;

    private BundleMessages(Map<String, String> lao, Map<String, String> english) {
        this.lao = lao;
        this.english = english;
    }

    /** The plugin's message bundles; a missing bundle has no texts. */
    static BundleMessages of(PluginJar jar) {
        return new BundleMessages(
                read(jar.resources().get(PluginResources.MESSAGES_LAO)),
                read(jar.resources().get(PluginResources.MESSAGES_ENGLISH)));
    }

    @Override
    public String text(String key, Locale locale) {
        String text = ofLanguage(locale).get(key);
        return text != null ? text : lao.getOrDefault(key, key);
    }

    @Override
    public Map<String, String> all(Locale locale) {
        Map<String, String> texts = new TreeMap<>(lao);
        texts.putAll(ofLanguage(locale));
        return Map.copyOf(texts);
    }

    private Map<String, String> ofLanguage(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : lao;
    }

    private static Map<String, String> read(byte[] bundle) {
        if (bundle == null) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (InputStreamReader reader =
                new InputStreamReader(new java.io.ByteArrayInputStream(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> texts.put(name, properties.getProperty(name)));
        return Map.copyOf(texts);
    }
}
