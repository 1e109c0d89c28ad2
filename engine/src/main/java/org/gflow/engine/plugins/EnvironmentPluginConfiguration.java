package org.gflow.engine.plugins;

import java.util.Optional;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Plugin settings from Spring Boot's environment: {@code application.yaml}, command-line
 * arguments and environment variables, with Spring's usual precedence.
 */
final class EnvironmentPluginConfiguration implements PluginConfiguration {

    // Spring Boot's view of all sources under their canonical names; it repeats the others' values
    private static final String ATTACHED_VIEW = "configurationProperties";

    private final ConfigurableEnvironment environment;

    EnvironmentPluginConfiguration(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public Optional<String> value(String symbolicName, String key) {
        return Optional.ofNullable(environment.getProperty(PluginConfiguration.property(symbolicName, key)));
    }

    @Override
    public Optional<String> environmentValue(String symbolicName, String key) {
        PropertySource<?> variables =
                environment.getPropertySources().get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        if (!(variables instanceof SystemEnvironmentPropertySource system)) {
            return Optional.empty();
        }
        Object value = system.getProperty(PluginConfiguration.property(symbolicName, key));
        return Optional.ofNullable(value).map(String::valueOf);
    }

    @Override
    public boolean setOutsideEnvironment(String symbolicName, String key) {
        String property = PluginConfiguration.property(symbolicName, key);
        return environment.getPropertySources().stream()
                .filter(source -> !source.getName().equals(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME))
                .filter(source -> !source.getName().equals(ATTACHED_VIEW))
                .anyMatch(source -> source.containsProperty(property));
    }
}
