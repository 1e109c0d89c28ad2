package org.gflow.engine.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the engine uses its database connections; see {@link LazyConnections} and {@link H2StatementCache}. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    static LazyConnections lazyConnections() {
        return new LazyConnections();
    }

    @Bean
    static H2StatementCache h2StatementCache() {
        return new H2StatementCache();
    }
}
