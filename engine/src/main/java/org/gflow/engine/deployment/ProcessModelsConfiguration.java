package org.gflow.engine.deployment;

import org.gflow.processes.validation.DeclaredVariablesPlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine plugins that G-Flow's process models rely on. */
@Configuration(proxyBeanMethods = false)
class ProcessModelsConfiguration {

    /** Every model's declared start variables are checked before a case starts. */
    @Bean
    DeclaredVariablesPlugin declaredVariablesPlugin() {
        return new DeclaredVariablesPlugin();
    }
}
