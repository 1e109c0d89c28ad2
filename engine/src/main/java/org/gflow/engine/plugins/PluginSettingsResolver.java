package org.gflow.engine.plugins;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gflow.plugin.api.PluginResources;
import org.gflow.plugin.api.SettingType;
import org.gflow.plugin.api.SettingValues;

/**
 * Checks a plugin's configured settings against its declaration ({@code gflow/settings.json})
 * before the plugin is installed, and refuses the plugin with every problem named: a missing
 * required setting, a value of the wrong type, a secret set outside the environment. Secret values
 * never appear in a message.
 */
final class PluginSettingsResolver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PluginConfiguration configuration;

    PluginSettingsResolver(PluginConfiguration configuration) {
        this.configuration = configuration;
    }

    /** @throws PluginRejectedException naming each setting that is missing or wrong */
    ResolvedPluginSettings resolve(PluginJar jar) throws PluginRejectedException {
        String plugin = jar.symbolicName();
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> secrets = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (SettingDeclaration setting : declarations(jar)) {
            SettingType type = type(setting);
            if (setting.secret()) {
                secrets.add(setting.key());
                if (configuration.setOutsideEnvironment(plugin, setting.key())) {
                    problems.add("secret setting '" + setting.key() + "' must come from the environment variable "
                            + PluginConfiguration.environmentVariable(plugin, setting.key())
                            + ", not from a configuration file");
                    continue;
                }
            }
            Optional<String> value = (setting.secret()
                            ? configuration.environmentValue(plugin, setting.key())
                            : configuration.value(plugin, setting.key()))
                    .or(() -> Optional.ofNullable(setting.defaultValue()));
            if (value.isEmpty()) {
                if (setting.required()) {
                    problems.add("required setting '" + setting.key() + "' is missing: set "
                            + (setting.secret() ? "" : PluginConfiguration.property(plugin, setting.key()) + " or ")
                            + "the environment variable "
                            + PluginConfiguration.environmentVariable(plugin, setting.key()));
                }
                continue;
            }
            Optional<String> wrong = SettingValues.problem(type, value.get());
            if (wrong.isPresent()) {
                problems.add("setting '" + setting.key() + "'" + (setting.secret() ? "" : " = '" + value.get() + "'")
                        + " is " + wrong.get() + " (declared " + type.name().toLowerCase(Locale.ROOT) + ")");
                continue;
            }
            values.put(setting.key(), value.get());
        }
        if (!problems.isEmpty()) {
            throw new PluginRejectedException(
                    PluginFailure.SETTINGS_INVALID,
                    "settings of " + plugin + " refused: " + String.join("; ", problems));
        }
        return new ResolvedPluginSettings(values, secrets);
    }

    private static List<SettingDeclaration> declarations(PluginJar jar) throws PluginRejectedException {
        byte[] declared = jar.resources().get(PluginResources.SETTINGS);
        if (declared == null) {
            return List.of();
        }
        List<SettingDeclaration> settings;
        try {
            settings = JSON.readValue(declared, new TypeReference<List<SettingDeclaration>>() {});
        } catch (IOException e) {
            throw new PluginRejectedException(
                    PluginFailure.SETTINGS_INVALID,
                    PluginResources.SETTINGS + " is not a JSON list of settings: " + e.getMessage(),
                    e);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (SettingDeclaration setting : settings) {
            if (setting.key() == null || !setting.key().matches("[a-z0-9][a-z0-9.-]{0,99}")) {
                throw new PluginRejectedException(
                        PluginFailure.SETTINGS_INVALID,
                        PluginResources.SETTINGS + ": key '" + setting.key()
                                + "' must be lower-case letters, digits, '.' or '-'");
            }
            if (!keys.add(setting.key())) {
                throw new PluginRejectedException(
                        PluginFailure.SETTINGS_INVALID,
                        PluginResources.SETTINGS + ": key '" + setting.key() + "' is declared twice");
            }
            type(setting);
        }
        return settings;
    }

    private static SettingType type(SettingDeclaration setting) throws PluginRejectedException {
        String type = setting.type() == null ? "text" : setting.type();
        try {
            return SettingType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PluginRejectedException(
                    PluginFailure.SETTINGS_INVALID,
                    PluginResources.SETTINGS + ": setting '" + setting.key() + "' has unknown type '" + type
                            + "' (text, integer, boolean, url or duration)");
        }
    }
}
