package org.gflow.engine.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The API's description helps development; a production engine serves none of it, to admins
 * neither. (Starting a production engine needs an external directory and PostgreSQL, so this
 * reads the profile the engine starts with.)
 */
class ApiDescriptionInProductionTest {

    @Test
    void theProductionProfileTurnsTheDescriptionOff() throws IOException {
        PropertySource<?> production = new YamlPropertySourceLoader()
                .load("production", new ClassPathResource("application-production.yaml"))
                .get(0);
        assertThat(production.getProperty("springdoc.api-docs.enabled")).isEqualTo(false);
    }
}
