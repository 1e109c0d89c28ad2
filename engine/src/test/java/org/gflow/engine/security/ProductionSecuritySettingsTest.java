package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** What the shipped configuration files say about G-Flow's doors, bound as the engine binds them. */
class ProductionSecuritySettingsTest {

    @Test
    void productionSendsHstsAndTheDefaultsLimitLoginsAndLookups() throws IOException {
        SecuritySettings defaults = bind("application.yaml");
        assertThat(defaults.hsts()).isFalse();
        assertThat(defaults.trustedProxies()).isEmpty();
        assertThat(defaults.loginFailuresPerAccount()).isNotEmpty();
        assertThat(defaults.loginFailuresPerAddress()).isNotEmpty();
        assertThat(defaults.publicLookupsPerAddress()).isNotEmpty();

        assertThat(bind("application.yaml", "application-production.yaml").hsts())
                .isTrue();
    }

    private static SecuritySettings bind(String... files) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (String file : files) {
            new YamlPropertySourceLoader()
                    .load(file, new ClassPathResource(file))
                    .forEach(source -> environment.getPropertySources().addFirst(source));
        }
        return new Binder(ConfigurationPropertySources.get(environment))
                .bind("gflow.security", SecuritySettings.class)
                .get();
    }
}
