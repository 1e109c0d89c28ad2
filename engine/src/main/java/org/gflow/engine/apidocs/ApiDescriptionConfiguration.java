package org.gflow.engine.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of G-Flow's OpenAPI description (the paths come from the controllers). Its one
 * server is the engine itself, relative: the description is then the same on every host and
 * port, so the copy committed for the web app can be compared with the served one.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescriptionConfiguration {

    @Bean
    OpenAPI gflowApiDescription() {
        return new OpenAPI()
                .info(new Info()
                        .title("G-Flow API")
                        .version("1")
                        .description("G-Flow's own API: the inbox, cases, documents, plugins and the public pages. "
                                + "Every refusal is a problem detail (application/problem+json) whose type is "
                                + "urn:gflow:problem:<code>, with the code, and the fields at fault, as properties."))
                .servers(List.of(new Server().url("/")));
    }

    @Bean
    OpenApiCustomizer gflowRequiredProperties() {
        return new RequiredProperties("org.gflow.engine");
    }
}
