package org.gflow.engine.database;

import java.util.Locale;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In the {@code production} profile, refuses to start on the embedded H2 database, before any
 * connection is made. H2 is the embedded default for trying G-Flow on one machine; a real
 * deployment keeps its cases on PostgreSQL, which several engine nodes can share and which
 * writes each commit to disk before answering.
 */
@Component
class ProductionDatabaseGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!environment.getProperty("gflow.production", Boolean.class, false)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            throw new IllegalStateException("The production profile refuses the embedded H2 database: use the "
                    + "postgres profile and set gflow.db.url, gflow.db.user and gflow.db.password "
                    + "(GFLOW_DB_URL, GFLOW_DB_USER, GFLOW_DB_PASSWORD) to a PostgreSQL database");
        }
    }
}
