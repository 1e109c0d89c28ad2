package org.gflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.gflow.engine.testing.PostgresServer;
import org.gflow.engine.testing.RealPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine's connections to PostgreSQL, as the {@code postgres} profile makes them, run G-Flow's
 * short statements without the JIT compiler and without parallel workers: with either, an inbox page
 * of one millisecond took 7 to 60 (see {@code docs/benchmarks/inbox.md}).
 */
class PostgresSessionSettingsIT {

    @RegisterExtension
    static final RealPostgres POSTGRES = new RealPostgres();

    @Test
    void theProfilesConnectionsRunWithoutJitOrParallelWorkers() throws Exception {
        List<PropertySource<?>> profile = new YamlPropertySourceLoader()
                .load("application-postgres", new ClassPathResource("application-postgres.yaml"));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withInitializer(context -> profile.forEach(
                        source -> context.getEnvironment().getPropertySources().addFirst(source)))
                .withPropertyValues(
                        "spring.datasource.url=" + POSTGRES.jdbcUrl(),
                        "spring.datasource.username=" + PostgresServer.USER,
                        "spring.datasource.password=")
                .run(context -> {
                    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                    assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
                    assertThat(jdbc.queryForObject("show max_parallel_workers_per_gather", String.class))
                            .isEqualTo("0");
                });
    }
}
