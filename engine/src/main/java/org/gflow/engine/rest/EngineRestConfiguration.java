package org.gflow.engine.rest;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** G-Flow's additions to Camunda's REST API at {@code /engine-rest}. */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    ResourceConfigCustomizer gflowRestErrors() {
        return config -> config.register(EngineRestErrors.class)
                .register(EngineRestErrors.Wrapped.class)
                .register(EngineRestErrors.Refused.class)
                .register(EngineRestErrors.UnparseableJson.class)
                .register(EngineRestErrors.MismatchedJson.class)
                .register(EngineRestErrors.Busy.class);
    }
}
