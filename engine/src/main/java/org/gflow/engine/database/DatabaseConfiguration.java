package org.gflow.engine.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the engine uses its database connections; see {@link LazyConnections}. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    static LazyConnections lazyConnections() {
        return new LazyConnections();
    }
}
