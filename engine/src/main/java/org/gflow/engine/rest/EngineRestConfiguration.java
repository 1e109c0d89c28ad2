package org.gflow.engine.rest;

import org.gflow.engine.security.JsonErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** G-Flow's additions to Camunda's REST API at {@code /engine-rest}. */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    ResourceConfigCustomizer gflowRestErrors() {
        return config -> config.register(EngineRestErrors.class).register(EngineRestErrors.Wrapped.class)
            .register(EngineRestErrors.Refused.class).register(EngineRestErrors.UnparseableJson.class)
            .register(EngineRestErrors.MismatchedJson.class);
    }

    /** Before security: a body too large is refused without reading it, whoever sends it. */
    @Bean
    FilterRegistrationBean<EngineRestBodyLimit> engineRestBodyLimit(
        @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize limit, JsonErrors errors) {
        FilterRegistrationBean<EngineRestBodyLimit> registration = new FilterRegistrationBean<>(new EngineRestBodyLimit(limit, errors));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
