package org.gflow.engine.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Takes a pooled database connection only when a transaction first runs a statement. Many engine
 * commands never touch the database — checking a password or reading groups go to the directory —
 * yet each opens a transaction; with eager connections, every API call held one of the few pooled
 * connections while it waited for LDAP, and a burst of clients ran the pool dry (500s after the
 * pool's wait ran out) though the database itself was idle.
 */
public final class LazyConnections implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource
                && !(bean instanceof LazyConnectionDataSourceProxy)
                && "dataSource".equals(beanName)) {
            return new LazyConnectionDataSourceProxy(dataSource);
        }
        return bean;
    }
}
