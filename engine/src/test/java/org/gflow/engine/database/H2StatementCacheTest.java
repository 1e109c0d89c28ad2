package org.gflow.engine.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class H2StatementCacheTest {

    @Test
    void anH2PoolParsesEachOfALargeSetOfStatementsOnce() {
        assertThat(cacheSizeOf("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"))
                .isEqualTo(H2StatementCache.STATEMENTS);
    }

    @Test
    void aSizeTheUrlSetsIsKept() {
        assertThat(cacheSizeOf("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;query_cache_size=16"))
                .isEqualTo(16);
    }

    @Test
    void otherDatabasesAreNotTouched() {
        String url = "jdbc:postgresql://localhost/gflow";
        assertThat(H2StatementCache.withCache(url)).isEqualTo(url);
    }

    /** What the database itself says its statement cache holds, on a pool set up as the engine's is. */
    private static int cacheSizeOf(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        try (pool) {
            new H2StatementCache().postProcessBeforeInitialization(pool, "dataSource");
            return new JdbcTemplate(pool)
                    .queryForObject(
                            "select setting_value from information_schema.settings"
                                    + " where setting_name = 'QUERY_CACHE_SIZE'",
                            Integer.class);
        }
    }
}
