package org.gflow.engine.database;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Gives each H2 connection a cache of parsed statements large enough for a G-Flow request. H2
 * parses a statement again unless it is among the connection's last 8 (its default); one request
 * runs a few dozen different ones — Camunda's, the inbox's, the grant sync's — so on H2 every
 * statement was parsed on every request. A URL that sets {@code QUERY_CACHE_SIZE} itself is left as
 * it is. PostgreSQL keeps its own plans and is not touched.
 */
public final class H2StatementCache implements BeanPostProcessor {

    static final int STATEMENTS = 256;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(withCache(pool.getJdbcUrl()));
        }
        return bean;
    }

    static String withCache(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.contains("query_cache_size")) {
            return url;
        }
        return url + ";QUERY_CACHE_SIZE=" + STATEMENTS;
    }
}
