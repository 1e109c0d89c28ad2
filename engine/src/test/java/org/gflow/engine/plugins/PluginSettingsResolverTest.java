package org.gflow.engine.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gflow.plugin.api.PluginResources;
import org.junit.jupiter.api.Test;

/** A plugin's settings checked against its declaration before install. */
class PluginSettingsResolverTest {

    private static final String DECLARED = """
        [
          {"key": "registry-url", "type": "url", "required": true},
          {"key": "api-token", "type": "text", "required": true, "secret": true},
          {"key": "timeout", "type": "duration", "default": "30s"},
          {"key": "page-size", "type": "integer", "default": "50"},
          {"key": "note"}
        ]
        """;

    @Test
    void configuredValuesAndDefaultsReachThePluginTyped() throws Exception {
        ResolvedPluginSettings settings = resolve(
                DECLARED,
                Map.of("registry-url", "https://registry.moic.gov.la/api", "page-size", "20"),
                Map.of("api-token", "t0ken"),
                Set.of());

        assertThat(settings.url("registry-url").getHost()).isEqualTo("registry.moic.gov.la");
        assertThat(settings.integer("page-size")).isEqualTo(20);
        assertThat(settings.duration("timeout")).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.text("api-token")).isEqualTo("t0ken");
        assertThat(settings.find("note")).isEmpty();
        assertThat(settings.toString()).contains("api-token=(secret)").doesNotContain("t0ken");
    }

    @Test
    void everyMissingOrWrongSettingIsNamedInOneRefusal() {
        assertThatThrownBy(() ->
                        resolve(DECLARED, Map.of("registry-url", "ftp://x", "page-size", "many"), Map.of(), Set.of()))
                .isInstanceOf(PluginRejectedException.class)
                .hasMessageContaining("setting 'registry-url' = 'ftp://x' is not an http or https address")
                .hasMessageContaining("required setting 'api-token' is missing: set the environment variable "
                        + "GFLOW_PLUGINS_CONFIG_REGISTRY_PLUGIN_API_TOKEN")
                .hasMessageContaining("setting 'page-size' = 'many' is not a whole number");
    }

    @Test
    void aSecretOutsideTheEnvironmentIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> resolve(
                        DECLARED,
                        Map.of("registry-url", "https://r.gov.la", "api-token", "in-a-file"),
                        Map.of(),
                        Set.of("api-token")))
                .hasMessageContaining("secret setting 'api-token' must come from the environment variable "
                        + "GFLOW_PLUGINS_CONFIG_REGISTRY_PLUGIN_API_TOKEN")
                .hasMessageNotContaining("in-a-file");
    }

    @Test
    void aBrokenDeclarationIsRefused() {
        assertThatThrownBy(() -> resolve("[{\"key\": \"x\", \"type\": \"colour\"}]", Map.of(), Map.of(), Set.of()))
                .hasMessageContaining("setting 'x' has unknown type 'colour'");
        assertThatThrownBy(() -> resolve("{}", Map.of(), Map.of(), Set.of()))
                .hasMessageContaining("gflow/settings.json is not a JSON list of settings");
    }

    private static ResolvedPluginSettings resolve(
            String declaration, Map<String, String> values, Map<String, String> environment, Set<String> inFiles)
            throws PluginRejectedException {
        PluginConfiguration configuration = new PluginConfiguration() {
            @Override
            public Optional<String> value(String symbolicName, String key) {
                return Optional.ofNullable(environment.getOrDefault(key, values.get(key)));
            }

            @Override
            public Optional<String> environmentValue(String symbolicName, String key) {
                return Optional.ofNullable(environment.get(key));
            }

            @Override
            public boolean setOutsideEnvironment(String symbolicName, String key) {
                return inFiles.contains(key);
            }
        };
        PluginJar jar = new PluginJar(
                Path.of("registry-plugin.jar"),
                "registry-plugin",
                "1.0.0",
                Map.of(PluginResources.SETTINGS, declaration.getBytes(StandardCharsets.UTF_8)));
        return new PluginSettingsResolver(configuration).resolve(jar);
    }
}
